using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NewsHub.Data;

/// <summary>Writes any <see cref="DateTimeOffset"/> as the same instant in UTC, the only form timestamptz takes.</summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
