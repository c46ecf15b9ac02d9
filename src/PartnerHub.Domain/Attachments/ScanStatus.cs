namespace PartnerHub.Domain.Attachments;

/// <summary>The malware scan of an uploaded attachment (customers send logs and captures of suspect devices).</summary>
public enum ScanStatus
{
    /// <summary>Not scanned yet; not downloadable.</summary>
    Pending,

    /// <summary>Scanned, nothing found.</summary>
    Clean,

    /// <summary>Malware found; never downloadable.</summary>
    Infected,

    /// <summary>The scan could not run (e.g. an encrypted archive); not downloadable until rescanned.</summary>
    Failed,
}
