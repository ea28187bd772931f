using Assistant.LoadTest;

// load  --target bot=http://127.0.0.1:5900 --target bare=... --service-url http://127.0.0.1:5901/ [--pid bot=1234]
//       [--concurrency 1,10,50,200] [--duration 10] [--warmup 10] [--first-warmup 30]
// fuzz  --url http://127.0.0.1:5900 --service-url http://127.0.0.1:5901/ [--count 10000] [--seed 1]
var verb = args.Length > 0 ? args[0] : "";
var options = new Arguments(args.Skip(1).ToArray());
return verb switch
{
    "load" => await LoadCommand.RunAsync(options),
    "fuzz" => await FuzzCommand.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Assistant.LoadTest load|fuzz ... (see bench/README.md)");
    return 2;
}
