namespace Pamir.Cli;

/// <summary>What `pamir` returns to the shell.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Some input failed (the rest was processed), or what was asked for does not exist.</summary>
    public const int Failed = 1;
    /// <summary>The command line itself was wrong: unknown command or option, missing argument.</summary>
    public const int Usage = 2;
}
