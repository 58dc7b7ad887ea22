return Pamir.Cli.PamirCli.Run(args, Console.Out, Console.Error);
