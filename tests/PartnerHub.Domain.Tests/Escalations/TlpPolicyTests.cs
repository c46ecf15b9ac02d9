using PartnerHub.Domain.Escalations;

namespace PartnerHub.Domain.Tests.Escalations;

public class TlpPolicyTests
{
    // The decision table of TlpPolicy's documentation, literally: columns Desk, VendorOps, OwningPartner, Customer, OtherPartner.
    private static readonly Dictionary<(TlpMarking, NoteVisibility), string[]> s_table = new()
    {
        [(TlpMarking.Red, NoteVisibility.SharedWithPartner)] = ["V", "", "V", "", ""],
        [(TlpMarking.AmberStrict, NoteVisibility.SharedWithPartner)] = ["VE", "VE", "VE", "", ""],
        [(TlpMarking.Amber, NoteVisibility.SharedWithPartner)] = ["VEF", "VEF", "VEF", "VE", ""],
        [(TlpMarking.Green, NoteVisibility.SharedWithPartner)] = ["VEF", "VEF", "VEF", "VEF", "VEF"],
        [(TlpMarking.Clear, NoteVisibility.SharedWithPartner)] = ["VEF", "VEF", "VEF", "VEF", "VEF"],
        [(TlpMarking.Red, NoteVisibility.Internal)] = ["V", "", "", "", ""],
        [(TlpMarking.AmberStrict, NoteVisibility.Internal)] = ["VE", "VE", "", "", ""],
        [(TlpMarking.Amber, NoteVisibility.Internal)] = ["VE", "VE", "", "", ""],
        [(TlpMarking.Green, NoteVisibility.Internal)] = ["VE", "VE", "", "", ""],
        [(TlpMarking.Clear, NoteVisibility.Internal)] = ["VE", "VE", "", "", ""],
    };

    public static TheoryData<TlpMarking, NoteVisibility, TlpAudience, TlpAudience, TlpAction, bool> Matrix()
    {
        var data = new TheoryData<TlpMarking, NoteVisibility, TlpAudience, TlpAudience, TlpAction, bool>();
        foreach (var ((marking, visibility), row) in s_table)
        {
            foreach (var author in Enum.GetValues<TlpAudience>())
            {
                foreach (var viewer in Enum.GetValues<TlpAudience>())
                {
                    string cell = row[(int)viewer];
                    data.Add(marking, visibility, author, viewer, TlpAction.View, cell.Contains('V') || viewer == author);
                    data.Add(marking, visibility, author, viewer, TlpAction.Export, cell.Contains('E'));
                    data.Add(marking, visibility, author, viewer, TlpAction.Forward, cell.Contains('F'));
                }
            }
        }

        return data;
    }

    [Fact]
    public void Table_CoversEveryMarkingAndVisibility()
    {
        s_table.Count.ShouldBe(Enum.GetValues<TlpMarking>().Length * Enum.GetValues<NoteVisibility>().Length);
        Matrix().Count.ShouldBe(10 * 5 * 5 * 3);
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    [Trait("Article", "000 §9")]
    public void Allows_ForEveryCell_FollowsTheDecisionTable(
        TlpMarking marking, NoteVisibility visibility, TlpAudience author, TlpAudience viewer, TlpAction action, bool expected)
    {
        TlpPolicy.Allows(action, marking, visibility, author, viewer).ShouldBe(expected);
    }

    [Theory]
    [InlineData(TlpMarking.Red)]
    [InlineData(TlpMarking.AmberStrict)]
    [InlineData(TlpMarking.Amber)]
    [InlineData(TlpMarking.Green)]
    [InlineData(TlpMarking.Clear)]
    public void Allows_InternalItems_NeverReachPartnersOrCustomers(TlpMarking marking)
    {
        foreach (var viewer in new[] { TlpAudience.OwningPartner, TlpAudience.Customer, TlpAudience.OtherPartner })
        {
            foreach (var action in Enum.GetValues<TlpAction>())
            {
                TlpPolicy.Allows(action, marking, NoteVisibility.Internal, TlpAudience.SecondLineDesk, viewer).ShouldBeFalse();
            }
        }
    }

    [Fact]
    public void Allows_ForwardAndExport_NeverExceedView()
    {
        foreach (var marking in Enum.GetValues<TlpMarking>())
        {
            foreach (var visibility in Enum.GetValues<NoteVisibility>())
            {
                foreach (var viewer in Enum.GetValues<TlpAudience>())
                {
                    bool view = TlpPolicy.Allows(TlpAction.View, marking, visibility, TlpAudience.SecondLineDesk, viewer);
                    if (!view)
                    {
                        TlpPolicy.Allows(TlpAction.Export, marking, visibility, TlpAudience.SecondLineDesk, viewer).ShouldBeFalse();
                        TlpPolicy.Allows(TlpAction.Forward, marking, visibility, TlpAudience.SecondLineDesk, viewer).ShouldBeFalse();
                    }
                }
            }
        }
    }

    [Fact]
    public void Allows_WiderMarkings_NeverShowToFewer()
    {
        var order = new[] { TlpMarking.Red, TlpMarking.AmberStrict, TlpMarking.Amber, TlpMarking.Green, TlpMarking.Clear };
        foreach (var viewer in Enum.GetValues<TlpAudience>())
        {
            for (int i = 1; i < order.Length; i++)
            {
                bool narrower = TlpPolicy.Allows(TlpAction.View, order[i - 1], NoteVisibility.SharedWithPartner, TlpAudience.SecondLineDesk, viewer);
                bool wider = TlpPolicy.Allows(TlpAction.View, order[i], NoteVisibility.SharedWithPartner, TlpAudience.SecondLineDesk, viewer);
                (narrower && !wider).ShouldBeFalse($"{viewer}: {order[i - 1]} shows, {order[i]} hides");
            }
        }
    }

    [Fact]
    public void AllowedActions_ForAmberCustomer_IsViewAndExport()
    {
        TlpPolicy.AllowedActions(TlpMarking.Amber, NoteVisibility.SharedWithPartner, TlpAudience.SecondLineDesk, TlpAudience.Customer)
            .ShouldBe([TlpAction.View, TlpAction.Export]);
    }

    [Theory]
    [InlineData(TlpMarking.Red, "TLP:RED")]
    [InlineData(TlpMarking.AmberStrict, "TLP:AMBER+STRICT")]
    [InlineData(TlpMarking.Amber, "TLP:AMBER")]
    [InlineData(TlpMarking.Green, "TLP:GREEN")]
    [InlineData(TlpMarking.Clear, "TLP:CLEAR")]
    public void Label_IsTheTlp20Label(TlpMarking marking, string label) => TlpPolicy.Label(marking).ShouldBe(label);
}
