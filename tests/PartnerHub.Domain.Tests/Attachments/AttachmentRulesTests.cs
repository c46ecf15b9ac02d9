using PartnerHub.Domain.Attachments;

namespace PartnerHub.Domain.Tests.Attachments;

public class AttachmentRulesTests
{
    private static readonly string Sha = new('a', 64);

    private static AttachmentUpload Upload(string name, string type, long size = 1024, string? sha = null) =>
        new(name, type, size, sha ?? Sha, "cases/1/" + name);

    [Theory]
    [InlineData("report.pdf", "application/pdf")]
    [InlineData("screen.PNG", "image/png")]
    [InlineData("photo.jpg", "image/jpeg")]
    [InlineData("notes.txt", "text/plain; charset=utf-8")]
    [InlineData("fw.log", "application/octet-stream")]
    [InlineData("hosts.csv", "text/csv")]
    [InlineData("capture.pcap", "application/vnd.tcpdump.pcap")]
    [InlineData("logs.zip", "application/x-zip-compressed")]
    [InlineData("構成表.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("手順.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [Trait("Article", "004 別紙3 §1-3-②")]
    public void Check_AllowedFile_HasNoProblem(string name, string type) =>
        AttachmentRules.Default.Check(Upload(name, type)).ShouldBeNull();

    [Theory]
    [InlineData("setup.exe", "application/octet-stream", AttachmentProblem.ExtensionNotAllowed)]
    [InlineData("macro.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12", AttachmentProblem.ExtensionNotAllowed)]
    [InlineData("report.pdf", "application/octet-stream", AttachmentProblem.ContentTypeNotAllowed)]
    [InlineData("image.png", "text/html", AttachmentProblem.ContentTypeNotAllowed)]
    [InlineData("../etc/passwd.txt", "text/plain", AttachmentProblem.InvalidFileName)]
    [InlineData("C:\\temp\\a.txt", "text/plain", AttachmentProblem.InvalidFileName)]
    [InlineData("noextension", "text/plain", AttachmentProblem.InvalidFileName)]
    [InlineData(".pdf", "application/pdf", AttachmentProblem.InvalidFileName)]
    [InlineData("", "text/plain", AttachmentProblem.InvalidFileName)]
    public void Check_RefusedFile_ReportsTheProblem(string name, string type, AttachmentProblem problem) =>
        AttachmentRules.Default.Check(Upload(name, type)).ShouldBe(problem);

    [Theory]
    [InlineData(0, AttachmentProblem.Empty)]
    [InlineData(20L * 1024 * 1024 + 1, AttachmentProblem.TooLarge)]
    public void Check_BySize_RefusesEmptyAndOver20MiB(long size, AttachmentProblem problem) =>
        AttachmentRules.Default.Check(Upload("a.pdf", "application/pdf", size)).ShouldBe(problem);

    [Fact]
    public void Check_Exactly20MiB_IsAccepted() =>
        AttachmentRules.Default.Check(Upload("a.pdf", "application/pdf", 20L * 1024 * 1024)).ShouldBeNull();

    [Theory]
    [InlineData("abc")]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")]
    public void Check_BadChecksum_IsRefused(string sha) =>
        AttachmentRules.Default.Check(Upload("a.pdf", "application/pdf", sha: sha)).ShouldBe(AttachmentProblem.InvalidChecksum);

    [Fact]
    public void Custom_RulesApplyTheirOwnLimitAndList()
    {
        var rules = new AttachmentRules(10, new Dictionary<string, string[]> { ["txt"] = ["text/plain"] });

        rules.Check(Upload("a.txt", "text/plain", 11)).ShouldBe(AttachmentProblem.TooLarge);
        rules.Check(Upload("a.pdf", "application/pdf", 5)).ShouldBe(AttachmentProblem.ExtensionNotAllowed);
        rules.AllowedExtensions.ShouldBe(["txt"]);
    }

    [Theory]
    [InlineData(49, 0, 1, null)]
    [InlineData(50, 0, 1, AttachmentProblem.CaseQuotaExceeded)]
    [InlineData(9, 180L * 1024 * 1024, 20L * 1024 * 1024, null)]
    [InlineData(9, 180L * 1024 * 1024, (20L * 1024 * 1024) + 1, AttachmentProblem.CaseQuotaExceeded)]
    public void CheckQuota_ByFilesAndBytesOnTheCase_RefusesBeyondFiftyFilesOr200MiB(int files, long bytes, long size, AttachmentProblem? problem) =>
        AttachmentRules.Default.CheckQuota(files, bytes, size).ShouldBe(problem);
}
