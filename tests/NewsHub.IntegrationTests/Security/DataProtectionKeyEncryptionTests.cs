using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using NewsHub.IntegrationTests.Admin;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Security;

/// <summary>The keys that sign the admin's cookie were stored in PostgreSQL as plain XML: reading the database was enough to forge it.</summary>
public sealed class DataProtectionKeyEncryptionTests : IAsyncLifetime
{
    private const string CertificatePassword = "test certificate password";
    private readonly DatabaseFixture database = new();
    private readonly string folder = Directory.CreateTempSubdirectory("newshub-dp-").FullName;

    public Task InitializeAsync() => database.InitializeAsync();

    [Fact]
    public async Task With_a_configured_certificate_stored_keys_hold_no_plain_master_key_and_still_work_on_another_instance()
    {
        var settings = new Dictionary<string, string>
        {
            ["DataProtection:CertificatePath"] = WriteCertificate(),
            ["DataProtection:CertificatePassword"] = CertificatePassword,
        };
        var cookies = new CookieContainer();
        await using (var first = new AdminAppFactory(database.ConnectionString, folder, runWorker: false, settings))
        {
            using var client = first.CreateDefaultClient(new CookieContainerHandler(cookies));
            await AdminClient.SignInAsync(client);
        }

        await using (var db = database.CreateContext())
        {
            var keys = await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
                Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            });
        }

        // Another instance with the same certificate decrypts the key and accepts the cookie.
        await using var second = new AdminAppFactory(database.ConnectionString, folder, runWorker: false, settings);
        using var other = second.CreateDefaultClient(new CookieContainerHandler(cookies));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/Admin")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private string WriteCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=newshub-test-keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, "keys.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, CertificatePassword));
        return path;
    }
}
