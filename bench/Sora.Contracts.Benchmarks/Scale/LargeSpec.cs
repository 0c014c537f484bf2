using System.Globalization;
using System.Text;

namespace Sora.Contracts.Benchmarks.Scale;

/// <summary>
/// The synthetic spec of `--large-spec`: OpenAPI 3.1, at least <see cref="MinimumLines"/> lines, with every construct
/// issue 10 lists, repeated in numbered modules so that no two schemas are alike by name: inline objects (in properties,
/// in array items), <c>anyOf [X, null]</c> for strings, integers and arrays, <c>allOf</c> composition, <c>oneOf</c>
/// unions with a discriminator and mapping, expandable <c>anyOf [string, $ref]</c>, number bounds with fractions and
/// <c>multipleOf</c>, <c>additionalProperties</c> dictionaries, <c>const</c>, the formats int64, date-time, uri and
/// binary, multi-line descriptions, JSON and multipart bodies, and two enums of <see cref="BigEnumValues"/> values.
/// </summary>
internal static class LargeSpec
{
    public const int MinimumLines = 80_000;
    public const int BigEnumValues = 10_000;

    /// <summary>The spec text; modules are added until the spec has at least <see cref="MinimumLines"/> lines.</summary>
    public static string Write()
    {
        var paths = new StringBuilder();
        var schemas = new StringBuilder();
        AppendBigEnum(schemas, "CountryCode", "cc");
        AppendBigEnum(schemas, "ProductCode", "sku-");
        var modules = 0;
        var lines = Lines(schemas, 0);
        while (lines + 10 < MinimumLines)
        {
            var (pathsBefore, schemasBefore) = (paths.Length, schemas.Length);
            AppendModule(paths, schemas, modules++);
            lines += Lines(paths, pathsBefore) + Lines(schemas, schemasBefore);
        }

        return "openapi: 3.1.0\ninfo:\n  title: Synthetic large spec\n  version: '1'\n  description: |\n    Written by the benchmarks: every construct of issue 10, in numbered modules.\n"
            + "paths:\n" + paths + "components:\n  schemas:\n" + schemas;
    }

    /// <summary>The line breaks in <paramref name="text"/> from <paramref name="start"/> on: only what was just appended.</summary>
    private static int Lines(StringBuilder text, int start)
    {
        var count = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                count++;
            }
        }

        return count;
    }

    private static void AppendBigEnum(StringBuilder s, string name, string prefix)
    {
        s.Append("    ").Append(name).Append(":\n      description: A large closed enum.\n      type: string\n      enum:\n");
        for (var i = 0; i < BigEnumValues; i++)
        {
            s.Append("        - ").Append(prefix).Append(i.ToString("D5", CultureInfo.InvariantCulture)).Append('\n');
        }
    }

    private static void AppendModule(StringBuilder paths, StringBuilder schemas, int index)
    {
        var n = index.ToString("D4", CultureInfo.InvariantCulture);
        paths.Append(CultureInfo.InvariantCulture, $$"""
              /orders{{n}}:
                post:
                  operationId: createOrder{{n}}
                  summary: Creates an order of module {{n}}.
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/Order{{n}}'
                      multipart/form-data:
                        schema:
                          $ref: '#/components/schemas/Upload{{n}}'
                  responses:
                    '200':
                      description: The order.
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Order{{n}}'
              /orders{{n}}/{id}:
                get:
                  operationId: getOrder{{n}}
                  parameters:
                    - name: id
                      in: path
                      required: true
                      schema:
                        type: string
                  responses:
                    '200':
                      description: The order.
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Order{{n}}'

            """);
        schemas.Append(CultureInfo.InvariantCulture, $$"""
                Customer{{n}}:
                  type: object
                  description: |
                    A customer of module {{n}}.
                    Returned expanded when asked for, as an id otherwise.
                  required: [id]
                  properties:
                    id:
                      type: string
                      maxLength: 40
                    email:
                      type: string
                      format: email
                    since:
                      type: string
                      format: date-time
                    country:
                      $ref: '#/components/schemas/CountryCode'
                Base{{n}}:
                  type: object
                  properties:
                    id:
                      type: string
                    created:
                      type: integer
                      format: int64
                Extended{{n}}:
                  allOf:
                    - $ref: '#/components/schemas/Base{{n}}'
                    - type: object
                      properties:
                        label:
                          type: string
                          minLength: 1
                Cat{{n}}:
                  type: object
                  required: [kind]
                  properties:
                    kind:
                      const: cat
                    lives:
                      type: integer
                      minimum: 1
                      maximum: 9
                Dog{{n}}:
                  type: object
                  required: [kind]
                  properties:
                    kind:
                      const: dog
                    good:
                      type: boolean
                Pet{{n}}:
                  oneOf:
                    - $ref: '#/components/schemas/Cat{{n}}'
                    - $ref: '#/components/schemas/Dog{{n}}'
                  discriminator:
                    propertyName: kind
                    mapping:
                      cat: '#/components/schemas/Cat{{n}}'
                      dog: '#/components/schemas/Dog{{n}}'
                Status{{n}}:
                  type: string
                  enum: [draft, placed, shipped, delivered, cancelled]
                Order{{n}}:
                  type: object
                  description: |
                    An order of module {{n}}: every construct at once.
                    Amounts are in units of 0.25.
                  required: [id, total]
                  properties:
                    object:
                      type: string
                      const: order
                    id:
                      type: string
                      minLength: 1
                      maxLength: 64
                    status:
                      $ref: '#/components/schemas/Status{{n}}'
                    total:
                      type: number
                      minimum: 0.25
                      maximum: 100000.5
                      multipleOf: 0.25
                    quantity:
                      type: integer
                      format: int64
                      minimum: 1
                    note:
                      anyOf:
                        - type: string
                          maxLength: 500
                        - type: 'null'
                    retries:
                      anyOf:
                        - type: integer
                          maximum: 10
                        - type: 'null'
                    labels:
                      anyOf:
                        - type: array
                          items:
                            type: string
                        - type: 'null'
                    customer:
                      description: The customer's id, or the customer when expanded.
                      anyOf:
                        - type: string
                        - $ref: '#/components/schemas/Customer{{n}}'
                    link:
                      type: string
                      format: uri
                    placed_at:
                      type: string
                      format: date-time
                    metadata:
                      type: object
                      additionalProperties:
                        type: string
                    extras:
                      type: object
                      additionalProperties:
                        $ref: '#/components/schemas/Extended{{n}}'
                    shipping:
                      type: object
                      description: An inline object.
                      properties:
                        street:
                          type: string
                        city:
                          type: string
                        country:
                          $ref: '#/components/schemas/CountryCode'
                    lines:
                      type: array
                      items:
                        type: object
                        properties:
                          product:
                            $ref: '#/components/schemas/ProductCode'
                          amount:
                            type: number
                            exclusiveMinimum: 0
                    pet:
                      $ref: '#/components/schemas/Pet{{n}}'
                    payment:
                      oneOf:
                        - type: object
                          properties:
                            card:
                              type: string
                        - type: object
                          properties:
                            iban:
                              type: string
                Upload{{n}}:
                  type: object
                  required: [file]
                  properties:
                    file:
                      type: string
                      format: binary
                    caption:
                      type: string
                      maxLength: 200

            """);
    }
}
