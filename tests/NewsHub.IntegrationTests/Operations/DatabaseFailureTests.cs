using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Operations;
using Npgsql;

namespace NewsHub.IntegrationTests.Operations;

/// <summary>An unreachable database is an outage (503, logged once); a failing statement stays a 500 with its stack trace.</summary>
public sealed class DatabaseFailureTests
{
    [Fact]
    public void Refused_cut_and_refusing_connections_are_the_database_being_unreachable()
    {
        Assert.True(DatabaseFailure.IsUnreachable(new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))));
        Assert.True(DatabaseFailure.IsUnreachable(new NpgsqlException("Exception while reading from stream", new EndOfStreamException())));
        Assert.True(DatabaseFailure.IsUnreachable(Postgres("57P01", "FATAL")));
        Assert.True(DatabaseFailure.IsUnreachable(Postgres("55000", "FATAL")));
        Assert.True(DatabaseFailure.IsUnreachable(new DbUpdateException("wrapped", Postgres("08006", "ERROR"))));
        Assert.True(DatabaseFailure.IsUnreachable(new DatabaseUnavailableException()));
    }

    [Fact]
    public void A_failing_statement_is_not()
    {
        // 22021: a NUL in a string, the very failure ?q=%00 caused.
        Assert.False(DatabaseFailure.IsUnreachable(Postgres("22021", "ERROR")));
        Assert.False(DatabaseFailure.IsUnreachable(new InvalidOperationException("a bug", Postgres("42P01", "ERROR"))));
        Assert.False(DatabaseFailure.IsUnreachable(new InvalidOperationException("a bug")));
        Assert.False(DatabaseFailure.IsUnreachable(null));
    }

    private static PostgresException Postgres(string sqlState, string severity) => new("test", severity, severity, sqlState);
}
