using My.Video;

var request = new CreateClipRequest("A fox in the snow") { Model = ClipModel.AcmeV1Max, Size = ClipSize.Size1920x1080, Seconds = ClipSeconds.Seconds10 };
Console.WriteLine("models " + string.Join(",", ClipModel.KnownValues.Select(v => v.Value)));
Console.WriteLine("valid " + request.Validate().IsValid);
Console.WriteLine("edgebox " + string.Join(",", request.Validate(SoraProvider.Get("edgebox")).Violations.Select(v => v.Param)));

var widget = System.Text.Json.JsonSerializer.Deserialize("{\"colour\":\"blue\",\"label\":null}", My.Widgets.SoraJsonContext.Default.Widget)!;
Console.WriteLine("widget " + widget.Colour.Value + " label " + (widget.Label ?? "null"));
