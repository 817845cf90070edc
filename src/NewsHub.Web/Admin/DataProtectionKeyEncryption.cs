using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace NewsHub.Web.Admin;

/// <summary>
/// Encrypts the Data Protection keys kept in PostgreSQL with an X.509 certificate from configuration
/// (<c>DataProtection:CertificatePath</c>, a PKCS#12 file, and <c>DataProtection:CertificatePassword</c>), so that
/// whoever reads the database cannot forge the admin's cookie. Without one the keys stay in plain XML, and
/// the app says once at start how to set it.
/// </summary>
public static partial class DataProtectionKeyEncryption
{
    public const string SectionName = "DataProtection";

    /// <summary>Adds the encryption when a certificate is configured, else the warning.</summary>
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var path = section["CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            builder.Services.AddHostedService<UnencryptedKeysWarning>();
            return builder;
        }

        // A missing file or a wrong password stops the start: running on with plain keys would hide the mistake.
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, section["CertificatePassword"]);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath ({path}) holds no private key: the keys could be encrypted but never read back.");
        }

        return builder.ProtectKeysWithCertificate(certificate);
    }

    /// <summary>The one warning when keys are stored unencrypted, with what to set.</summary>
    private sealed partial class UnencryptedKeysWarning(ILogger<UnencryptedKeysWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            LogUnencrypted(logger);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Warning, Message = "Data Protection keys (admin cookie, form tokens) are stored unencrypted in the database table data_protection_keys. "
            + "To encrypt them, make a certificate (e.g. openssl req -x509 -newkey rsa:3072 -nodes -days 3650 -subj /CN=newshub-keys -keyout k.pem -out c.pem && "
            + "openssl pkcs12 -export -inkey k.pem -in c.pem -out newshub-keys.pfx) and set DataProtection__CertificatePath and DataProtection__CertificatePassword")]
        private static partial void LogUnencrypted(ILogger logger);
    }
}
