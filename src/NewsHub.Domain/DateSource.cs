namespace NewsHub.Domain;

/// <summary>Where an event date came from.</summary>
public enum DateSource
{
    Text,
    Published,
}
