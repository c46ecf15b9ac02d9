using PartnerHub.Domain.Hardware;

namespace PartnerHub.Domain.Tests.Hardware;

public class OrderCancellationRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public void Cancel_WhenNotShipped_StopsTheKittingAndLocksTheChecklist()
    {
        var task = new KittingTask(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), At);
        task.SetChecklistItem("Software", true).ShouldBeTrue();

        task.Cancel().ShouldBeTrue();

        task.Status.ShouldBe(KittingStatus.Cancelled);
        task.SetChecklistItem("Parameters", true).ShouldBeFalse();
    }

    [Fact]
    public void Cancel_WhenShipped_IsRefused()
    {
        var task = new KittingTask(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), At);
        foreach (var item in KittingTask.ChecklistItems)
        {
            task.SetChecklistItem(item, true);
        }

        task.Ship(Carrier.Yamato, "1234-5678-9013", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 2)).ShouldBeNull();

        task.Cancel().ShouldBeFalse();
        task.Status.ShouldBe(KittingStatus.Shipped);
    }

    [Theory]
    [InlineData(ApplianceStatus.Allocated, true)]
    [InlineData(ApplianceStatus.Kitting, true)]
    [InlineData(ApplianceStatus.Shipped, false)]
    public void MoveToStock_AfterACancelledOrder_OnlyUnshippedAppliancesReturn(ApplianceStatus reached, bool returns)
    {
        var appliance = new Appliance(Guid.NewGuid(), "SIM-9000", "CTS", ApplianceCondition.New, At, "test");
        appliance.AllocateTo(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), At, "test");
        foreach (var step in new[] { ApplianceStatus.Kitting, ApplianceStatus.Shipped }.TakeWhile(s => s <= reached))
        {
            appliance.MoveTo(step, At, "test");
        }

        appliance.MoveTo(ApplianceStatus.InStock, At, "test", "order cancelled").ShouldBe(returns);

        appliance.ContractId.HasValue.ShouldBe(!returns);
    }
}
