using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnerHub.Data;
using PartnerHub.Data.Seeding;
using PartnerHub.Domain.Attachments;
using PartnerHub.Domain.Billing.Pending;
using PartnerHub.Domain.Calendars;
using PartnerHub.Domain.Contracts;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Swaps;
using PartnerHub.Domain.Money;
using PartnerHub.Domain.Pricing;
using PartnerHub.Infrastructure.Attachments;
using PartnerHub.Infrastructure.Localization;
using PartnerHub.Infrastructure.Tenancy;

namespace PartnerHub.Features.Swaps;

/// <summary>
/// A swap case in every status, each on its own running contract with its own sensor (CTS-24S…) and replacement
/// (CTS-26S…), so the simulator's sensors and the demo stock are left alone: Minato has a failure case at each step and a withdrawn one,
/// Hokuriku a loss with the swap cost charged, Sakura a closed failure swap with an outage compensated (004 §7-2) and a
/// maintenance swap delivered, which earns none (§7-2 follows only a §7-1 swap; 別紙4 §3-3). The newest Minato case carries
/// the customer's written report as an evidence file (004 §7-1).
/// </summary>
public sealed class DemoSwaps(HubDbContextOptions contextOptions, TimeProvider clock, AttachmentStore store, IAttachmentScanner scanner) : IDemoDataContributor
{
    private const string Staff = "staff@minato.example";
    private const string Operations = "ops@vendor.example";
    private const string Tracking = "123456789013";

    private static readonly (Guid Partner, SwapReason Reason, SwapCaseStatus Status)[] s_cases =
    [
        (DemoOrganisations.MinatoPartner, SwapReason.Failure, SwapCaseStatus.Opened),
        (DemoOrganisations.MinatoPartner, SwapReason.Failure, SwapCaseStatus.Attributed),
        (DemoOrganisations.MinatoPartner, SwapReason.Failure, SwapCaseStatus.ReplacementKitting),
        (DemoOrganisations.MinatoPartner, SwapReason.Failure, SwapCaseStatus.ReplacementShipped),
        (DemoOrganisations.HokurikuPartner, SwapReason.LossOrTheft, SwapCaseStatus.ReplacementDelivered),
        (DemoOrganisations.SakuraPartner, SwapReason.Failure, SwapCaseStatus.Closed),
        (DemoOrganisations.MinatoPartner, SwapReason.Failure, SwapCaseStatus.Withdrawn),
        (DemoOrganisations.SakuraPartner, SwapReason.Maintenance, SwapCaseStatus.ReplacementDelivered),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = JapaneseFormat.TokyoDate(now);
        await using var db = contextOptions.Create(TenantScope.System, clock);
        var numbers = new DemoNumbers("C", await db.Contracts.Select(c => c.Number).ToListAsync(cancellationToken));
        for (int i = 0; i < s_cases.Length; i++)
        {
            var (partner, reason, status) = s_cases[i];
            var customers = await db.Customers.Where(c => c.PartnerId == partner).OrderBy(c => c.NameKana).ToListAsync(cancellationToken);
            var customer = customers[i % customers.Count];
            var contract = new ServiceContract(Guid.NewGuid(), numbers.Next(today.AddDays(-90)), partner, customer.Id, ServicePlan.SensorService.Code, 1, new Yen(365_000), null,
                today.AddDays(-90), now, "seed", new Yen(396_000));
            contract.StartKitting(now, "seed");
            contract.Ship(now, "seed", "demo shipment");
            contract.CompleteDelivery(today.AddDays(-75), now, "seed");
            contract.StartService(now, "seed", "data collection confirmed");
            db.Contracts.Add(contract);

            var old = InService($"CTS-24S{i + 1:D4}", contract, now);
            db.Appliances.Add(old);
            var opened = now.AddDays(-11);
            var swap = SwapCase.Open(Guid.NewGuid(), new ContractRef(contract.Id, partner, customer.Id), old.Id, old.SerialNumber, reason, What(reason),
                now.AddDays(-12), reason == SwapReason.Failure ? today.AddDays(-11) : null, (contract.Timeline(BusinessCalendarSet.SeedsOnly)!.ServiceStart, null), null, opened, Staff).Case!;
            if (status == SwapCaseStatus.Opened)
            {
                await AttachWrittenReportAsync(swap, opened, cancellationToken);
            }

            db.SwapCases.Add(swap);
            // The unit is reported when the case opens, so the swap-rate report counts it at the customer in the month of its swap.
            _ = reason switch
            {
                SwapReason.Failure => old.ReportFaulty(swap.Id, opened, Staff),
                SwapReason.LossOrTheft => old.ReportLost(swap.Id, opened, Staff),
                SwapReason.Maintenance => true,
            };
            Advance(db, swap, contract, old, status, i, now, today);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Advance(HubDbContext db, SwapCase swap, ServiceContract contract, Appliance old, SwapCaseStatus target, int index, DateTimeOffset now, DateOnly today)
    {
        var policy = ServicePlanPolicy.SensorService004;
        if (target is SwapCaseStatus.Opened or SwapCaseStatus.Withdrawn)
        {
            swap.ProposeAttribution(FaultAttribution.NotCustomer, null, "初期不良の可能性", now, Staff);
            if (target == SwapCaseStatus.Withdrawn)
            {
                swap.Withdraw("再起動で復旧し、故障ではなかった", now, Staff);
                old.SwapWithdrawn(swap.Id, now, Staff);
            }

            return;
        }

        bool customerFault = swap.Reason == SwapReason.LossOrTheft;
        swap.DecideAttribution(customerFault ? FaultAttribution.Customer : FaultAttribution.NotCustomer, customerFault ? CustomerFaultGround.LossOrTheft : null,
            customerFault ? "利用者の事務所で盗難（警察へ届出済み）" : null, policy, now.AddDays(-10), Operations);
        if (swap.SwapCost is { } cost)
        {
            db.PendingCharges.Add(SwapPendingCharge.For(swap, cost, today.AddDays(-10), now, Operations));
        }

        if (target == SwapCaseStatus.Attributed)
        {
            return;
        }

        var replacement = new Appliance(Guid.NewGuid(), $"CTS-26S{index + 1:D4}", ApplianceModel.CyberThreatSensor.Code, ApplianceCondition.Refurbished, now, "seed");
        var task = KittingTask.ForSwap(Guid.NewGuid(), contract.Id, contract.PartnerId, DemoOrganisations.TohoHardwareVendor, swap.Id, now.AddDays(-9));
        replacement.AllocateTo(contract.Id, contract.PartnerId, DemoOrganisations.TohoHardwareVendor, now.AddDays(-9), Operations);
        replacement.MoveTo(ApplianceStatus.Kitting, now.AddDays(-9), Operations, Appliance.SwapNote(swap.Id, "replacement for " + old.SerialNumber));
        swap.ReplacementArranged(task.Id, replacement.Id, replacement.SerialNumber);
        db.Appliances.Add(replacement);
        db.KittingTasks.Add(task);
        if (target == SwapCaseStatus.ReplacementKitting)
        {
            return;
        }

        foreach (var item in KittingTask.ChecklistItems)
        {
            task.SetChecklistItem(item, true);
        }

        task.Ship(Carrier.Yamato, Tracking, today.AddDays(-8), today.AddDays(-7));
        replacement.MoveTo(ApplianceStatus.Shipped, now.AddDays(-8), "kitting@toho.example", Appliance.SwapNote(swap.Id, $"{Carrier.Yamato} {Tracking}"));
        swap.ReplacementShipped();
        if (target == SwapCaseStatus.ReplacementShipped)
        {
            return;
        }

        replacement.MoveTo(ApplianceStatus.AtCustomer, now.AddDays(-7), Operations, Appliance.SwapNote(swap.Id, "custody receipt"));
        swap.ReplacementDelivered(today.AddDays(-7), policy);
        if (swap.OldUnitComesBack)
        {
            old.SwapOut(swap.Id, now.AddDays(-7), Operations);
        }

        if (target == SwapCaseStatus.ReplacementDelivered)
        {
            return;
        }

        var aware = now.AddDays(-6).AddHours(-3);
        swap.RecordOutage(contract.Timeline(BusinessCalendarSet.SeedsOnly)!, contract.AnnualFee, aware, aware.AddHours(50), now, Operations);
        db.PendingCharges.Add(new PendingCharge(Guid.NewGuid(), swap.PartnerId, swap.ContractId, PendingChargeKind.OutageCompensation, swap.Outage!.Amount,
            $"サービス停止の賠償（{swap.Outage.FullDays}日分）", policy.OutageCreditArticle!, swap.Id, today.AddDays(-4), now, Operations));
        swap.Close(now);
    }

    private async Task AttachWrittenReportAsync(SwapCase swap, DateTimeOffset at, CancellationToken cancellationToken)
    {
        const string FileName = "故障の書面報告.pdf";
        await using var content = new MemoryStream(WrittenReportPdf(swap.OldSerialNumber));
        var (key, size, sha256) = await store.SaveAsync(content, SwapEvidenceUploads.Rules.MaxSizeBytes, cancellationToken);
        swap.AttachEvidence(new AttachmentUpload(FileName, "application/pdf", size, sha256, key), at, Staff);
        swap.RecordEvidenceScan(swap.Evidence[^1].Id, await scanner.ScanAsync(store.PathOf(key), FileName, size, cancellationToken));
    }

    /// <summary>A one-page PDF (built-in Helvetica, so ASCII text only) that any viewer opens.</summary>
    private static byte[] WrittenReportPdf(string serial)
    {
        string text = $"BT /F1 14 Tf 72 760 Td (Written failure report from the customer - unit {serial}) Tj 0 -24 Td (The power lamp blinks and the console cannot be reached.) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            string.Create(CultureInfo.InvariantCulture, $"<< /Length {text.Length} >>\nstream\n{text}\nendstream"),
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        int xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (int offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    // Kitted and shipped after the order (today − 90) and at the customer from the delivery day (today − 75): its history
    // matches the contract, so the swap-rate report counts it at the customer in every month until its swap.
    private static Appliance InService(string serial, ServiceContract contract, DateTimeOffset now)
    {
        var appliance = new Appliance(Guid.NewGuid(), serial, ApplianceModel.CyberThreatSensor.Code, ApplianceCondition.New, now.AddDays(-90), "seed");
        appliance.AllocateTo(contract.Id, contract.PartnerId, DemoOrganisations.TohoHardwareVendor, now.AddDays(-85), "seed");
        appliance.MoveTo(ApplianceStatus.Kitting, now.AddDays(-85), "seed");
        appliance.MoveTo(ApplianceStatus.Shipped, now.AddDays(-77), "seed");
        appliance.MoveTo(ApplianceStatus.AtCustomer, now.AddDays(-75), "seed");
        return appliance;
    }

    private static string What(SwapReason reason) => reason switch
    {
        SwapReason.Failure => "電源ランプが点滅し、管理画面に接続できない。再起動しても改善しない。",
        SwapReason.LossOrTheft => "事務所移転の際に機器が所在不明となった。",
        SwapReason.Maintenance => "ファームウェア更新がリモートで適用できない（ストレージ容量不足）。",
    };
}
