using Microsoft.Extensions.Options;
using NewsHub.Web.Admin.SignIn;

namespace NewsHub.Web.Tests.Admin;

/// <summary>The pause after wrong passwords grows, is kept per client and for the account, and ends.</summary>
public sealed class SignInBackoffTests
{
    private readonly ManualTime time = new();

    [Fact]
    public void Each_wrong_password_past_the_free_ones_doubles_the_pause_up_to_the_maximum()
    {
        var backoff = Backoff(new() { FreeFailuresPerClient = 2, FirstLockout = TimeSpan.FromSeconds(10), MaxLockout = TimeSpan.FromSeconds(35) });

        Assert.Null(backoff.RecordFailure("10.0.0.1"));
        Assert.Equal(TimeSpan.FromSeconds(10), backoff.RecordFailure("10.0.0.1"));
        Assert.Equal(TimeSpan.FromSeconds(10), backoff.RetryAfter("10.0.0.1"));
        Assert.Null(backoff.RetryAfter("10.0.0.2"));

        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Null(backoff.RetryAfter("10.0.0.1"));
        Assert.Equal(TimeSpan.FromSeconds(20), backoff.RecordFailure("10.0.0.1"));
        time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(TimeSpan.FromSeconds(35), backoff.RecordFailure("10.0.0.1"));

        time.Advance(TimeSpan.FromSeconds(35));
        backoff.RecordSuccess("10.0.0.1");
        Assert.Null(backoff.RecordFailure("10.0.0.1"));
    }

    [Fact]
    public void Wrong_passwords_from_many_addresses_pause_the_account_for_everyone()
    {
        var backoff = Backoff(new() { FreeFailuresPerClient = 5, FreeFailuresForAccount = 3, FirstLockout = TimeSpan.FromSeconds(10) });

        backoff.RecordFailure("10.0.0.1");
        backoff.RecordFailure("10.0.0.2");
        Assert.Null(backoff.RetryAfter("10.0.0.9"));
        backoff.RecordFailure("10.0.0.3");

        Assert.Equal(TimeSpan.FromSeconds(10), backoff.RetryAfter("10.0.0.9"));
    }

    private SignInBackoff Backoff(SignInThrottleOptions options) => new(Options.Create(options), time);

    private sealed class ManualTime : TimeProvider
    {
        private DateTimeOffset now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
