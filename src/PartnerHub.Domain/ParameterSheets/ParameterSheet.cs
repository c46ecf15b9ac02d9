using PartnerHub.Domain.Common;

namespace PartnerHub.Domain.ParameterSheets;

/// <summary>Where a parameter sheet stands (004 別紙4 §2-4 to §2-6).</summary>
public enum ParameterSheetStatus
{
    /// <summary>The partner (with the customer) is filling it.</summary>
    Draft,

    /// <summary>Submitted by the partner to the vendor.</summary>
    Submitted,

    /// <summary>Returned by vendor operations with comments; the partner edits and resubmits.</summary>
    Returned,

    /// <summary>Registered in the sensor portal by vendor operations.</summary>
    Registered,

    /// <summary>Data from the appliance has been confirmed to arrive (正常性の確認).</summary>
    DataCollectionConfirmed,
}

/// <summary>
/// The parameter sheet of one appliance of a customer: immutable versions of its content and a reviewed workflow.
/// Every content save makes a new version, so what the vendor registered can always be shown.
/// </summary>
public sealed class ParameterSheet : IPartnerOwned, IVersioned
{
    private readonly List<ParameterSheetVersion> _versions = [];
    private readonly List<ParameterSheetEvent> _events = [];

    /// <summary>Starts a draft with its first content.</summary>
    public ParameterSheet(Guid id, Guid partnerId, Guid customerId, Guid? contractId, string modelCode, ParameterSheetContent content, DateTimeOffset at, string by)
    {
        Id = id;
        PartnerId = partnerId;
        CustomerId = customerId;
        ContractId = contractId;
        ModelCode = modelCode;
        Status = ParameterSheetStatus.Draft;
        _versions.Add(new ParameterSheetVersion(Guid.NewGuid(), id, partnerId, 1, content, at, by));
        _events.Add(new ParameterSheetEvent(Guid.NewGuid(), id, partnerId, ParameterSheetStatus.Draft, at, by, null));
    }

    private ParameterSheet()
    {
        ModelCode = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    /// <summary>The customer.</summary>
    public Guid CustomerId { get; private set; }

    /// <summary>The contract whose appliance it configures, if known.</summary>
    public Guid? ContractId { get; private set; }

    /// <summary>The appliance model the limits come from.</summary>
    public string ModelCode { get; private set; }

    /// <summary>Status.</summary>
    public ParameterSheetStatus Status { get; private set; }

    /// <summary>How data collection was confirmed (manual reason or "telemetry"), once confirmed.</summary>
    public string? ConfirmationSource { get; private set; }

    /// <summary>Versions, oldest first.</summary>
    public IReadOnlyList<ParameterSheetVersion> Versions => _versions;

    /// <summary>Workflow history, oldest first.</summary>
    public IReadOnlyList<ParameterSheetEvent> Events => _events;

    /// <summary>The newest version.</summary>
    public ParameterSheetVersion Current => _versions.MaxBy(v => v.Number)!;

    /// <inheritdoc />
    public Guid Version { get; set; }

    /// <summary>Saves new content as a new version; only while the partner holds the sheet (draft or returned).</summary>
    public bool Revise(ParameterSheetContent content, DateTimeOffset at, string by)
    {
        if (Status is not (ParameterSheetStatus.Draft or ParameterSheetStatus.Returned) || content == Current.Content)
        {
            return false;
        }

        _versions.Add(new ParameterSheetVersion(Guid.NewGuid(), Id, PartnerId, Current.Number + 1, content, at, by));
        return true;
    }

    /// <summary>Whether the workflow allows <paramref name="next"/> now.</summary>
    public bool CanMoveTo(ParameterSheetStatus next) => (Status, next) switch
    {
        (ParameterSheetStatus.Draft or ParameterSheetStatus.Returned, ParameterSheetStatus.Submitted) => true,
        (ParameterSheetStatus.Submitted, ParameterSheetStatus.Returned or ParameterSheetStatus.Registered) => true,
        (ParameterSheetStatus.Registered, ParameterSheetStatus.DataCollectionConfirmed) => true,
        _ => false,
    };

    /// <summary>Moves the workflow on; a return needs a comment, a manual confirmation a reason.</summary>
    public bool MoveTo(ParameterSheetStatus next, DateTimeOffset at, string by, string? comment)
    {
        if (!CanMoveTo(next)
            || (next is ParameterSheetStatus.Returned or ParameterSheetStatus.DataCollectionConfirmed && string.IsNullOrWhiteSpace(comment)))
        {
            return false;
        }

        Status = next;
        if (next == ParameterSheetStatus.DataCollectionConfirmed)
        {
            ConfirmationSource = comment;
        }

        _events.Add(new ParameterSheetEvent(Guid.NewGuid(), Id, PartnerId, next, at, by, comment));
        return true;
    }

    /// <summary>
    /// Called when the appliance's first telemetry arrives through the bridge: confirms data collection without a
    /// person (004 別紙4 §2-6). Does nothing before registration or after confirmation.
    /// </summary>
    public bool ConfirmByTelemetry(DateTimeOffset at, string applianceSerial) =>
        MoveTo(ParameterSheetStatus.DataCollectionConfirmed, at, "telemetry", "telemetry from " + applianceSerial);
}

/// <summary>One immutable version of a sheet's content.</summary>
public sealed class ParameterSheetVersion : IPartnerOwned
{
    /// <summary>Records version <paramref name="number"/>.</summary>
    public ParameterSheetVersion(Guid id, Guid sheetId, Guid partnerId, int number, ParameterSheetContent content, DateTimeOffset at, string by)
    {
        Id = id;
        SheetId = sheetId;
        PartnerId = partnerId;
        Number = number;
        Content = content;
        At = at;
        By = by;
    }

    // EF cannot bind an owned type through a constructor.
    private ParameterSheetVersion()
    {
        Content = new ParameterSheetContent();
        By = string.Empty;
    }

    /// <summary>Identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The sheet.</summary>
    public Guid SheetId { get; private set; }

    /// <inheritdoc />
    public Guid PartnerId { get; private set; }

    /// <summary>1, 2, … in order of saving.</summary>
    public int Number { get; private set; }

    /// <summary>The content of this version.</summary>
    public ParameterSheetContent Content { get; private set; }

    /// <summary>When it was saved.</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>Who saved it.</summary>
    public string By { get; private set; }
}

/// <summary>One workflow step.</summary>
public sealed record ParameterSheetEvent(Guid Id, Guid SheetId, Guid PartnerId, ParameterSheetStatus Status, DateTimeOffset At, string By, string? Comment) : IPartnerOwned;
