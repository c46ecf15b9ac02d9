using PartnerHub.Domain.Attachments;
using PartnerHub.Domain.Contracts.Terms;
using PartnerHub.Domain.Hardware;
using PartnerHub.Domain.Hardware.Swaps;
using PartnerHub.Domain.Money;

namespace PartnerHub.Domain.Tests.Hardware;

public class SwapCaseTests
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);
    private static readonly DateTimeOffset Now = new(2027, 3, 10, 10, 0, 0, Jst);

    // When vendor operations record an outage: after its restoration.
    private static readonly DateTimeOffset Recorded = new(2027, 4, 10, 10, 0, 0, Jst);
    private static readonly (DateOnly, DateOnly?) Term = (new DateOnly(2026, 12, 11), new DateOnly(2027, 12, 10));
    private static readonly ContractRef Contract = new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

    private static SwapCase Open(SwapReason reason = SwapReason.Failure, DateOnly? reportedOn = null) =>
        SwapCase.Open(Guid.NewGuid(), Contract, Guid.NewGuid(), "CTS-0001", reason, "電源が入らない", Now.AddDays(-1),
            reason == SwapReason.Failure ? reportedOn ?? new DateOnly(2027, 3, 9) : null, Term, null, Now, "staff").Case!;

    [Fact]
    [Trait("Article", "004 §7-1")]
    public void Open_FailureWithoutWrittenReport_IsRefused()
    {
        var opening = SwapCase.Open(Guid.NewGuid(), Contract, Guid.NewGuid(), "CTS-0001", SwapReason.Failure, "電源が入らない", Now, null, Term, null, Now, "staff");

        opening.Case.ShouldBeNull();
        opening.Problem.ShouldBe(SwapProblem.WrittenReportRequired);
    }

    [Theory]
    [Trait("Article", "004 §7-1")]
    [InlineData("2026-12-10", false)] // the delivery day: before the term's first day
    [InlineData("2026-12-11", true)]
    [InlineData("2027-03-10", true)]
    [InlineData("2027-03-11", false)] // tomorrow
    public void Open_FailureReportedInWriting_MustFallWithinTheTermAndNotInTheFuture(string reportedOn, bool opens)
    {
        var opening = SwapCase.Open(Guid.NewGuid(), Contract, Guid.NewGuid(), "CTS-0001", SwapReason.Failure, "電源が入らない", Now.AddDays(-1),
            DateOnly.Parse(reportedOn, System.Globalization.CultureInfo.InvariantCulture), Term, null, Now, "staff");

        (opening.Case is not null).ShouldBe(opens);
        if (!opens)
        {
            opening.Problem.ShouldBe(SwapProblem.ReportOutsideTerm);
        }
    }

    [Fact]
    [Trait("Article", "004 §6-1-3")]
    public void Open_LossNeedsNoWrittenReport_AndItsUnitDoesNotComeBack()
    {
        var swap = Open(SwapReason.LossOrTheft);

        swap.Status.ShouldBe(SwapCaseStatus.Opened);
        swap.ReportedInWritingOn.ShouldBeNull();
        swap.OldUnitComesBack.ShouldBeFalse();
    }

    [Fact]
    public void Open_WithoutDescriptionOrSinceInTheFuture_IsRefused()
    {
        SwapCase.Open(Guid.NewGuid(), Contract, Guid.NewGuid(), "S", SwapReason.Maintenance, "  ", Now, null, Term, null, Now, "x").Problem.ShouldBe(SwapProblem.DescriptionRequired);
        SwapCase.Open(Guid.NewGuid(), Contract, Guid.NewGuid(), "S", SwapReason.Maintenance, "x", Now.AddMinutes(1), null, Term, null, Now, "x").Problem.ShouldBe(SwapProblem.SinceInFuture);
    }

    [Fact]
    [Trait("Article", "004 別紙4 §3-1")]
    public void Attribution_PartnerFirstThenVendorFinal_TheVendorsDecisionFixesTheCharge()
    {
        var swap = Open();

        swap.ProposeAttribution(FaultAttribution.Customer, CustomerFaultGround.CustomerDamage, "落下の跡", Now, "partner").ShouldBeNull();
        swap.DecideAttribution(FaultAttribution.NotCustomer, null, "基板不良", ServicePlanPolicy.SensorService004, Now, "ops").ShouldBeNull();

        swap.PartnerAttribution!.Attribution.ShouldBe(FaultAttribution.Customer);
        swap.FinalAttribution!.Attribution.ShouldBe(FaultAttribution.NotCustomer);
        swap.SwapCost.ShouldBeNull();
        swap.Status.ShouldBe(SwapCaseStatus.Attributed);
        swap.ProposeAttribution(FaultAttribution.Customer, CustomerFaultGround.ImproperUse, null, Now, "partner").ShouldBe(SwapProblem.WrongStatus);
    }

    [Theory]
    [Trait("Article", "004 §7-1 proviso")]
    [InlineData(CustomerFaultGround.Modification)]
    [InlineData(CustomerFaultGround.OutsideUsageConditions)]
    [InlineData(CustomerFaultGround.ImproperUse)]
    [InlineData(CustomerFaultGround.CombinedWithThirdPartyProducts)]
    [InlineData(CustomerFaultGround.ExternalEvent)]
    [InlineData(CustomerFaultGround.CustomerDamage)]
    public void DecideAttribution_CustomerFault_ChargesThePlansSwapCost(CustomerFaultGround ground)
    {
        var swap = Open();

        swap.DecideAttribution(FaultAttribution.Customer, ground, null, ServicePlanPolicy.SensorService004, Now, "ops").ShouldBeNull();

        swap.SwapCost.ShouldBe(new Yen(33_000));
    }

    [Fact]
    [Trait("Article", "002 §5")]
    public void DecideAttribution_CustomerFaultUnderAPlanWithoutSwapCost_ChargesNothing()
    {
        var swap = Open();

        swap.DecideAttribution(FaultAttribution.Customer, CustomerFaultGround.CustomerDamage, null, ServicePlanPolicy.ChamberUtm002, Now, "ops").ShouldBeNull();

        swap.SwapCost.ShouldBeNull();
    }

    [Fact]
    public void Attribution_GroundMustMatchTheAttribution()
    {
        var swap = Open();

        swap.ProposeAttribution(FaultAttribution.Customer, null, null, Now, "p").ShouldBe(SwapProblem.GroundMismatch);
        swap.DecideAttribution(FaultAttribution.NotCustomer, CustomerFaultGround.ImproperUse, null, ServicePlanPolicy.SensorService004, Now, "o").ShouldBe(SwapProblem.GroundMismatch);
        swap.Status.ShouldBe(SwapCaseStatus.Opened);
    }

    [Fact]
    [Trait("Article", "004 別紙4 §3-3")]
    public void Attribution_MaintenanceSwap_IsNeverTheCustomersFault()
    {
        var swap = Open(SwapReason.Maintenance);

        swap.DecideAttribution(FaultAttribution.Customer, CustomerFaultGround.ImproperUse, null, ServicePlanPolicy.SensorService004, Now, "o").ShouldBe(SwapProblem.MaintenanceIsNotCustomerFault);
    }

    [Fact]
    public void Replacement_FollowsTheKittingAndShipping_AndTheOldUnitIsDueBackPerPolicy()
    {
        var swap = Open();
        swap.ReplacementShipped().ShouldBe(SwapProblem.WrongStatus);
        swap.DecideAttribution(FaultAttribution.NotCustomer, null, null, ServicePlanPolicy.SensorService004, Now, "o");

        swap.ReplacementArranged(Guid.NewGuid(), Guid.NewGuid(), "CTS-0002").ShouldBeNull();
        swap.ReplacementShipped().ShouldBeNull();
        swap.ReplacementDelivered(new DateOnly(2027, 3, 12), ServicePlanPolicy.SensorService004).ShouldBeNull();

        swap.Status.ShouldBe(SwapCaseStatus.ReplacementDelivered);
        swap.OldUnitReturnDueOn.ShouldBe(new DateOnly(2027, 3, 26)); // 14 days from the day after delivery
        swap.Close(Now).ShouldBeNull();
        swap.Status.ShouldBe(SwapCaseStatus.Closed);
    }

    [Fact]
    [Trait("Article", "004 §6-1-3")]
    public void ReplacementDelivered_ForALostUnit_SetsNoReturnDeadline()
    {
        var swap = Delivered(SwapReason.LossOrTheft, FaultAttribution.Customer, CustomerFaultGround.LossOrTheft);

        swap.OldUnitReturnDueOn.ShouldBeNull();
    }

    [Theory]
    [Trait("Article", "004 §6-1-3, 別紙4 §4-4")]
    [InlineData(SwapReason.LossOrTheft, 150_000)] // the unit itself is the damage, as for a unit lost at the end
    [InlineData(SwapReason.Failure, 33_000)] // a broken unit comes back: the swap cost
    public void DecideAttribution_CustomerFaultByReason_ChargesTheLossOrTheSwapCost(SwapReason reason, long expected)
    {
        var swap = Open(reason);
        var ground = reason == SwapReason.LossOrTheft ? CustomerFaultGround.LossOrTheft : CustomerFaultGround.CustomerDamage;

        swap.DecideAttribution(FaultAttribution.Customer, ground, null, ServicePlanPolicy.SensorService004, Now, "ops").ShouldBeNull();

        swap.SwapCost.ShouldBe(new Yen(expected));
    }

    [Fact]
    [Trait("Article", "004 §6-1-3")]
    public void DecideAttribution_LossNotTheCustomersFault_ChargesNothing()
    {
        var swap = Open(SwapReason.LossOrTheft);

        swap.DecideAttribution(FaultAttribution.NotCustomer, null, null, ServicePlanPolicy.SensorService004, Now, "ops").ShouldBeNull();

        swap.SwapCost.ShouldBeNull();
    }

    [Theory]
    [Trait("Article", "004 §7-2")]
    [InlineData(23, 59, 0)]
    [InlineData(24, 0, 1)]
    [InlineData(47, 59, 1)]
    [InlineData(48, 0, 2)]
    public void RecordOutage_CountsFullTwentyFourHourPeriodsFromWhenTheVendorKnew(int hours, int minutes, int days)
    {
        var swap = Delivered();
        var aware = new DateTimeOffset(2027, 3, 13, 9, 30, 0, Jst);

        swap.RecordOutage(Timeline(), new Yen(365_000), aware, aware.AddHours(hours).AddMinutes(minutes), Recorded, "ops").ShouldBeNull();

        swap.Outage!.FullDays.ShouldBe(days);
        swap.Outage.DayPrice.ShouldBe(new Yen(1_000));
        swap.Outage.Amount.ShouldBe(new Yen(1_000 * days));
    }

    [Fact]
    [Trait("Article", "004 §7-2")]
    public void RecordOutage_AcrossAMonthEnd_CountsElapsedTimeNotCalendarDays()
    {
        var swap = Delivered();
        var aware = new DateTimeOffset(2027, 3, 30, 18, 0, 0, Jst);

        swap.RecordOutage(Timeline(), new Yen(365_000), aware, new DateTimeOffset(2027, 4, 2, 17, 59, 0, Jst), Recorded, "ops").ShouldBeNull();

        swap.Outage!.FullDays.ShouldBe(2); // 71 h 59 m
        swap.Outage.Amount.ShouldBe(new Yen(2_000));
    }

    [Fact]
    [Trait("Article", "004 §7-2")]
    public void RecordOutage_AfterACustomerFaultSwap_IsExcluded()
    {
        var swap = Delivered(SwapReason.Failure, FaultAttribution.Customer, CustomerFaultGround.Modification);

        swap.RecordOutage(Timeline(), new Yen(365_000), Now, Now.AddDays(2), Recorded, "ops").ShouldBe(SwapProblem.OutageExcludedByCustomerFault);
        swap.Outage.ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "004 §7-2; §6-1-3")]
    public void RecordOutage_AfterASwapForALostUnitNotAttributedToTheCustomer_IsExcluded()
    {
        // §7-2 compensates a swap of §7-1 (a unit that does not work) that did not fix the fault; a lost or stolen unit's
        // replacement is not one, however the loss was attributed.
        var swap = Delivered(SwapReason.LossOrTheft);

        swap.RecordOutage(Timeline(), new Yen(365_000), Now, Now.AddDays(2), Recorded, "ops").ShouldBe(SwapProblem.OutageExcludedForLossOrTheft);
        swap.Outage.ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "004 §7-2; 別紙4 §3-3")]
    public void RecordOutage_AfterAMaintenanceSwap_IsExcluded()
    {
        // §7-2 compensates only after "前項の交換": the §7-1 swap of a unit that does not work, reported by the customer in
        // writing. A maintenance swap the vendor decided because a remote update was impossible is not one.
        var swap = Delivered(SwapReason.Maintenance);

        swap.RecordOutage(Timeline(), new Yen(365_000), Now, Now.AddDays(2), Recorded, "ops").ShouldBe(SwapProblem.OutageExcludedForMaintenance);
        swap.Outage.ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "004 §7-2; 別紙4 §3-3")]
    public void OutageCreditWithheld_CompensationRecordedOnAMaintenanceSwapBeforeTheRule_IsWithheldWhileAFailureSwapsIsCredited()
    {
        // Before RecordOutage applied OutageExclusion, a maintenance swap could be compensated; its record stays, uncredited.
        var failure = Delivered();
        failure.OutageCreditWithheld().ShouldBeNull();
        failure.RecordOutage(Timeline(), new Yen(365_000), Now, Now.AddDays(2), Recorded, "ops").ShouldBeNull();
        var maintenance = Delivered(SwapReason.Maintenance);
        maintenance.OutageCreditWithheld().ShouldBeNull();
        typeof(SwapCase).GetProperty(nameof(SwapCase.Outage))!.SetValue(maintenance, failure.Outage);

        failure.OutageCreditWithheld().ShouldBeNull();
        maintenance.OutageCreditWithheld().ShouldBe(SwapProblem.OutageExcludedForMaintenance);
        maintenance.Outage.ShouldNotBeNull();
    }

    [Theory]
    [Trait("Article", "004 §7-1; §7-2; 別紙4 §3")]
    [InlineData(SwapReason.Failure, null, null)]
    [InlineData(SwapReason.Failure, FaultAttribution.NotCustomer, null)]
    [InlineData(SwapReason.Failure, FaultAttribution.Customer, SwapProblem.OutageExcludedByCustomerFault)]
    [InlineData(SwapReason.LossOrTheft, null, SwapProblem.OutageExcludedForLossOrTheft)]
    [InlineData(SwapReason.LossOrTheft, FaultAttribution.NotCustomer, SwapProblem.OutageExcludedForLossOrTheft)]
    [InlineData(SwapReason.Maintenance, null, SwapProblem.OutageExcludedForMaintenance)]
    [InlineData(SwapReason.Maintenance, FaultAttribution.NotCustomer, SwapProblem.OutageExcludedForMaintenance)]
    public void OutageExclusion_Under004_OnlyAFailureSwapNotCausedByTheCustomerEarnsCompensation(SwapReason reason, FaultAttribution? final, SwapProblem? expected)
    {
        var swap = Open(reason);
        if (final is { } attribution)
        {
            swap.DecideAttribution(attribution, attribution == FaultAttribution.Customer ? CustomerFaultGround.Modification : null, null,
                ServicePlanPolicy.SensorService004, Now, "ops").ShouldBeNull();
        }

        swap.OutageExclusion(ServicePlanPolicy.SensorService004).ShouldBe(expected);
    }

    [Theory]
    [Trait("Article", "002 §13-5; 003 §15; 004 §7-2")]
    [InlineData(SwapReason.Failure)]
    [InlineData(SwapReason.LossOrTheft)]
    [InlineData(SwapReason.Maintenance)]
    public void OutageExclusion_UnderPlansWhoseTermsGiveNoOutageCredit_ExcludesEverySwap(SwapReason reason)
    {
        // 002 §13-5 keeps the fee due while the UTM is faulty (a long wait for a replacement is for talks); 003 is silent.
        var swap = Open(reason);

        swap.OutageExclusion(ServicePlanPolicy.ChamberUtm002).ShouldBe(SwapProblem.NoOutageCompensationInPlan);
        swap.OutageExclusion(ServicePlanPolicy.SecurityVendor003).ShouldBe(SwapProblem.NoOutageCompensationInPlan);
        swap.OutageExclusion(null).ShouldBe(SwapProblem.NoOutageCompensationInPlan);
        ServicePlanPolicy.SensorService004.OutageCreditArticle.ShouldBe("004 §7-2");
        ServicePlanPolicy.ChamberUtm002.OutageCreditArticle.ShouldBeNull();
        ServicePlanPolicy.SecurityVendor003.OutageCreditArticle.ShouldBeNull();
    }

    [Fact]
    [Trait("Article", "004 §7-2")]
    public void RecordOutage_BeforeTheSwapOrTwiceOrBackwardsOrRestoredInTheFuture_IsRefused()
    {
        Open().RecordOutage(Timeline(), new Yen(365_000), Now, Now.AddDays(2), Recorded, "ops").ShouldBe(SwapProblem.WrongStatus);
        var swap = Delivered();
        swap.RecordOutage(Timeline(), new Yen(365_000), Now, Now.AddHours(-1), Recorded, "ops").ShouldBe(SwapProblem.RestoredBeforeAware);
        swap.RecordOutage(Timeline(), new Yen(365_000), Now, Recorded.AddMinutes(1), Recorded, "ops").ShouldBe(SwapProblem.RestoredInFuture);
        swap.Outage.ShouldBeNull();
        swap.RecordOutage(Timeline(), new Yen(365_000), Now, Now.AddDays(1), Recorded, "ops").ShouldBeNull();
        swap.RecordOutage(Timeline(), new Yen(365_000), Now, Now.AddDays(1), Recorded, "ops").ShouldBe(SwapProblem.OutageAlreadyRecorded);
    }

    [Fact]
    [Trait("Article", "003 §25")]
    public void RecordOutage_UnderAPlanWithoutOutageCredit_IsRefused()
    {
        var swap = Delivered();

        swap.RecordOutage(new ContractTimeline(ServicePlanPolicy.SecurityVendor003, new DateOnly(2026, 12, 10)), new Yen(365_000), Now, Now.AddDays(2), Recorded, "ops")
            .ShouldBe(SwapProblem.NoOutageCompensationInPlan);
    }

    [Fact]
    [Trait("Article", "004 §6-1")]
    public void Appliance_SwapSteps_RecordTheSwapInItsHistory_AndStopServingTheContract()
    {
        var swapId = Guid.NewGuid();
        var appliance = AtCustomer();

        appliance.ReportFaulty(swapId, Now, "staff").ShouldBeTrue();
        Appliance.ServesContractIn(appliance.Status).ShouldBeTrue(); // still working until the replacement arrives
        appliance.SwapOut(swapId, Now, "ops").ShouldBeTrue();

        appliance.Status.ShouldBe(ApplianceStatus.SwappedOut);
        appliance.ContractId.ShouldNotBeNull();
        Appliance.ServesContractIn(appliance.Status).ShouldBeFalse();
        appliance.History.TakeLast(2).ShouldAllBe(e => e.Note!.Contains(swapId.ToString()));
        appliance.MoveTo(ApplianceStatus.Returned, Now, "hw").ShouldBeTrue();
    }

    [Fact]
    [Trait("Article", "004 §6-1-3")]
    public void Appliance_ReportLost_StopsServingAndCannotBeSwappedOutAgain()
    {
        var swapId = Guid.NewGuid();
        var appliance = AtCustomer();

        appliance.ReportLost(swapId, Now, "staff").ShouldBeTrue();

        appliance.Status.ShouldBe(ApplianceStatus.Lost);
        Appliance.ServesContractIn(appliance.Status).ShouldBeFalse();
        appliance.SwapOut(swapId, Now, "ops").ShouldBeFalse();
        new Appliance(Guid.NewGuid(), "X", "CTS", ApplianceCondition.New, Now, "v").ReportFaulty(swapId, Now, "s").ShouldBeFalse();
    }

    [Fact]
    public void KittingTask_ForSwap_CarriesTheSwapCase()
    {
        var swapId = Guid.NewGuid();

        KittingTask.ForSwap(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), swapId, Now).SwapCaseId.ShouldBe(swapId);
    }

    [Fact]
    [Trait("Article", "004 §7-1 proviso")]
    public void Withdraw_WhileTheReplacementIsKitting_WithdrawsTheCaseAndClearsTheSwapCost()
    {
        var swap = Open();
        swap.DecideAttribution(FaultAttribution.Customer, CustomerFaultGround.CustomerDamage, null, ServicePlanPolicy.SensorService004, Now, "ops").ShouldBeNull();
        swap.ReplacementArranged(Guid.NewGuid(), Guid.NewGuid(), "CTS-0002").ShouldBeNull();
        swap.SwapCost.ShouldNotBeNull();

        swap.Withdraw("  利用者の設定誤りで、故障ではなかった ", Now.AddHours(2), "staff").ShouldBeNull();

        swap.Status.ShouldBe(SwapCaseStatus.Withdrawn);
        swap.WithdrawalReason.ShouldBe("利用者の設定誤りで、故障ではなかった");
        swap.WithdrawnBy.ShouldBe("staff");
        swap.ClosedAt.ShouldBe(Now.AddHours(2));
        swap.SwapCost.ShouldBeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Withdraw_WithoutReason_IsRefusedAndChangesNothing(string? reason)
    {
        var swap = Open();

        swap.Withdraw(reason, Now, "staff").ShouldBe(SwapProblem.WithdrawalReasonRequired);

        swap.Status.ShouldBe(SwapCaseStatus.Opened);
        swap.WithdrawalReason.ShouldBeNull();
    }

    [Fact]
    public void Withdraw_OnceTheReplacementShippedOrTwice_IsRefused()
    {
        var shipped = Open();
        shipped.DecideAttribution(FaultAttribution.NotCustomer, null, null, ServicePlanPolicy.SensorService004, Now, "o").ShouldBeNull();
        shipped.ReplacementArranged(Guid.NewGuid(), Guid.NewGuid(), "CTS-0002").ShouldBeNull();
        shipped.ReplacementShipped().ShouldBeNull();
        var withdrawn = Open();
        withdrawn.Withdraw("誤登録", Now, "staff").ShouldBeNull();

        shipped.Withdraw("誤登録", Now, "staff").ShouldBe(SwapProblem.WrongStatus);
        Delivered().Withdraw("誤登録", Now, "staff").ShouldBe(SwapProblem.WrongStatus);
        withdrawn.Withdraw("誤登録", Now, "staff").ShouldBe(SwapProblem.WrongStatus);
        withdrawn.DecideAttribution(FaultAttribution.NotCustomer, null, null, ServicePlanPolicy.SensorService004, Now, "o").ShouldBe(SwapProblem.WrongStatus);
        shipped.Status.ShouldBe(SwapCaseStatus.ReplacementShipped);
    }

    [Fact]
    public void SwapWithdrawn_ForAUnitReportedFaultyOrLost_PutsItBackInServiceAtTheCustomer()
    {
        var faulty = AtCustomer();
        var lost = AtCustomer();
        var untouched = AtCustomer();
        var swapId = Guid.NewGuid();
        faulty.ReportFaulty(swapId, Now, "staff").ShouldBeTrue();
        lost.ReportLost(swapId, Now, "staff").ShouldBeTrue();

        faulty.SwapWithdrawn(swapId, Now, "staff").ShouldBeTrue();
        lost.SwapWithdrawn(swapId, Now, "staff").ShouldBeTrue();
        untouched.SwapWithdrawn(swapId, Now, "staff").ShouldBeFalse();

        faulty.Status.ShouldBe(ApplianceStatus.AtCustomer);
        lost.Status.ShouldBe(ApplianceStatus.AtCustomer);
        Appliance.ServesContractIn(lost.Status).ShouldBeTrue();
    }

    [Fact]
    public void AttachEvidence_WhileOpen_KeepsTheFileWithItsUploader_ScanPending()
    {
        var swap = Open();

        swap.AttachEvidence(Upload("書面報告.pdf", "application/pdf", 2048), Now, "staff").ShouldBeNull();

        var evidence = swap.Evidence.ShouldHaveSingleItem();
        (evidence.FileName, evidence.SizeBytes, evidence.UploadedBy, evidence.At, evidence.PartnerId, evidence.SwapCaseId)
            .ShouldBe(("書面報告.pdf", 2048L, "staff", Now, Contract.PartnerId, swap.Id));
        evidence.IsDownloadable.ShouldBeFalse();
        swap.RecordEvidenceScan(evidence.Id, ScanStatus.Clean).ShouldBeTrue();
        evidence.IsDownloadable.ShouldBeTrue();
    }

    [Fact]
    public void AttachEvidence_BreakingTheRulesOrOnceWithdrawn_IsRefusedAndKeepsNothing()
    {
        var swap = Open();

        swap.AttachEvidence(Upload("setup.exe", "application/octet-stream", 10), Now, "staff").ShouldBe(AttachmentProblem.ExtensionNotAllowed);
        swap.AttachEvidence(Upload("big.pdf", "application/pdf", AttachmentRules.DefaultMaxSizeBytes + 1), Now, "staff").ShouldBe(AttachmentProblem.TooLarge);
        swap.Withdraw("誤登録", Now, "staff").ShouldBeNull();
        swap.AttachEvidence(Upload("photo.png", "image/png", 10), Now, "staff").ShouldBe(AttachmentProblem.NotAllowedNow);

        swap.Evidence.ShouldBeEmpty();
    }

    private static AttachmentUpload Upload(string name, string type, long size) =>
        new(name, type, size, new string('a', 64), Guid.NewGuid().ToString("N"));

    private static Appliance AtCustomer()
    {
        var appliance = new Appliance(Guid.NewGuid(), "cts-0001", "CTS", ApplianceCondition.New, Now, "vendor");
        appliance.AllocateTo(Contract.ContractId, Contract.PartnerId, Guid.NewGuid(), Now, "ops");
        appliance.MoveTo(ApplianceStatus.Kitting, Now, "ops");
        appliance.MoveTo(ApplianceStatus.Shipped, Now, "hw");
        appliance.MoveTo(ApplianceStatus.AtCustomer, Now, "ops");
        return appliance;
    }

    private static ContractTimeline Timeline() => new(ServicePlanPolicy.SensorService004, new DateOnly(2026, 12, 10));

    private static SwapCase Delivered(SwapReason reason = SwapReason.Failure, FaultAttribution attribution = FaultAttribution.NotCustomer, CustomerFaultGround? ground = null)
    {
        var swap = Open(reason);
        swap.DecideAttribution(attribution, ground, null, ServicePlanPolicy.SensorService004, Now, "o").ShouldBeNull();
        swap.ReplacementArranged(Guid.NewGuid(), Guid.NewGuid(), "CTS-0002").ShouldBeNull();
        swap.ReplacementShipped().ShouldBeNull();
        swap.ReplacementDelivered(new DateOnly(2027, 3, 12), ServicePlanPolicy.SensorService004).ShouldBeNull();
        return swap;
    }
}
