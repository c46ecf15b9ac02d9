namespace PartnerHub.Domain.Escalations;

/// <summary>How the desk answered the customer (004 別紙3 §2-4-②: 電話、メール、オンライン会議).</summary>
public enum AnswerChannel
{
    /// <summary>By phone.</summary>
    Phone,

    /// <summary>By e-mail.</summary>
    Email,

    /// <summary>In an online meeting.</summary>
    OnlineMeeting,
}
