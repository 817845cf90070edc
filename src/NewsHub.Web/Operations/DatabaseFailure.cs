using System.Net.Sockets;
using Npgsql;

namespace NewsHub.Web.Operations;

/// <summary>
/// Tells a failure to reach PostgreSQL (refused, cut, shut down, not accepting connections) from a failure of
/// one statement (bad input, a bug): the first is an outage, answered 503 and logged once by
/// <see cref="DatabaseOutage"/>; the second is a 500 with its stack trace.
/// </summary>
public static class DatabaseFailure
{
    /// <summary>True when <paramref name="exception"/>, or one it wraps, says the database cannot be reached.</summary>
    public static bool IsUnreachable(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case DatabaseUnavailableException:
                    return true;
                case PostgresException postgres:
                    // Connection exceptions (08…), shutdowns and "cannot connect now" (57P0…), and whatever the server
                    // ends a session with (FATAL: a database that no longer accepts connections, or is gone).
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                           || postgres.SqlState.StartsWith("57P0", StringComparison.Ordinal)
                           || postgres.Severity is "FATAL" or "PANIC";
                case NpgsqlException npgsql when npgsql.InnerException is SocketException or IOException or TimeoutException:
                    return true;
                case SocketException:
                    return true;
            }
        }

        return false;
    }
}

/// <summary>Thrown for a request that needs the database while <see cref="DatabaseOutage"/> knows it is unreachable.</summary>
public sealed class DatabaseUnavailableException : Exception
{
    public DatabaseUnavailableException()
        : base("The database is unreachable; NewsHub is retrying.")
    {
    }

    public DatabaseUnavailableException(string message)
        : base(message)
    {
    }

    public DatabaseUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
