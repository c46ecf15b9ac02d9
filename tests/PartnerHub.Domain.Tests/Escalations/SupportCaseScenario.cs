using PartnerHub.Domain.Customers;
using PartnerHub.Domain.Devices.Alerts;
using PartnerHub.Domain.Escalations;

namespace PartnerHub.Domain.Tests.Escalations;

/// <summary>Builds cases in a given state for SLA and statistics tests.</summary>
public sealed class SupportCaseScenario
{
    private static readonly ServiceContact Contact = new("山田 太郎", "ヤマダ タロウ", "yamada@example.co.jp", "03-1234-5678", null);

    public Guid PartnerId { get; } = Guid.NewGuid();

    /// <summary>A case opened at <paramref name="openedAt"/> with its hearing sheet filled, not escalated.</summary>
    public SupportCase Opened(DateTimeOffset openedAt, ThreatClass? threatClass = null)
    {
        var caller = CallerVerification.Check(Contact, "山田太郎", "0312345678", null, VerificationMethod.RegisteredPhoneMatch, openedAt, "partner-user");
        var c = new SupportCase(Guid.NewGuid(), "E-1", PartnerId, Guid.NewGuid(), "件名", caller, UnregisteredCallerPolicy.Refuse, openedAt,
            "partner-user", threatClass);
        var template = HearingSheetTemplates.Default(Guid.NewGuid(), openedAt.AddDays(-1));
        c.FillHearingSheet(template, HearingSheetTests.ValidAnswers(), TlpMarking.Amber, openedAt, "partner-user").ShouldBeEmpty();
        return c;
    }

    public SupportCase EscalatedAndStarted(DateTimeOffset escalatedAt, ThreatClass? threatClass = null)
    {
        var c = Opened(escalatedAt.AddMinutes(-30), threatClass);
        c.Escalate(escalatedAt, "partner-user").ShouldBeTrue();
        c.StartWork(escalatedAt, "desk").ShouldBeTrue();
        return c;
    }
}
