using PartnerHub.Domain.Accounting;
using PartnerHub.Domain.Money;

namespace PartnerHub.Infrastructure.Accounting;

/// <summary>
/// Starting points for finance's account mapping, one per target, using only 税区分 strings FORMATS.md documents
/// (§1.3 for 弥生, §2.3 for freee) and the standard account names. Finance edits them to its own chart of accounts; a
/// rate they leave out (e.g. reduced-rate returns, undocumented for 弥生) is reported by the journal builder instead of
/// guessed. <see cref="TaxCategory.Exempt"/> maps to 「対象外」 in both: 弥生 has no 不課税 (§1.3), and which of freee's
/// 対象外 / 不課税 / 非課売上 fits depends on the supply, so finance decides.
/// </summary>
public static class JournalMappingPresets
{
    private const string OutOfScope = "対象外";

    /// <summary>弥生会計, tax-inclusive bookkeeping (税込経理): 「課税売上込10%」, 「課税売上込軽減8%」, 「課税売返込10%」.</summary>
    public static JournalMapping Yayoi { get; } = new()
    {
        ReceivableAccount = "売掛金",
        SalesAccount = "売上高",
        SalesReturnsAccount = "売上値引高",
        ReceivableTaxCategory = OutOfScope,
        SalesTaxCategories = new Dictionary<(TaxCategory, int), string>
        {
            [(TaxCategory.Standard, 10)] = "課税売上込10%",
            [(TaxCategory.Reduced, 8)] = "課税売上込軽減8%",
            [(TaxCategory.Exempt, 0)] = OutOfScope,
        },
        ReturnTaxCategories = new Dictionary<(TaxCategory, int), string>
        {
            [(TaxCategory.Standard, 10)] = "課税売返込10%",
            [(TaxCategory.Exempt, 0)] = OutOfScope,
        },
    };

    /// <summary>freee 会計 (name_ja of the tax codes): 「課税売上10%」 (129), 「課税売上8%(軽)」 (156), 「課税売返10%」 (143).</summary>
    public static JournalMapping Freee { get; } = new()
    {
        ReceivableAccount = "売掛金",
        SalesAccount = "売上高",
        SalesReturnsAccount = "売上高",
        ReceivableTaxCategory = OutOfScope,
        SalesTaxCategories = new Dictionary<(TaxCategory, int), string>
        {
            [(TaxCategory.Standard, 10)] = "課税売上10%",
            [(TaxCategory.Reduced, 8)] = "課税売上8%(軽)",
            [(TaxCategory.Exempt, 0)] = OutOfScope,
        },
        ReturnTaxCategories = new Dictionary<(TaxCategory, int), string>
        {
            [(TaxCategory.Standard, 10)] = "課税売返10%",
            [(TaxCategory.Exempt, 0)] = OutOfScope,
        },
    };
}
