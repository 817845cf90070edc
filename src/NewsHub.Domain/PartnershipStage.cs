namespace NewsHub.Domain;

public enum PartnershipStage
{
    /// <summary>Talks, contacts or a rumour (洽谈, 接洽, 据悉, 传闻).</summary>
    Talks,

    /// <summary>A cooperation or agreement that was signed or announced.</summary>
    Agreement,

    JointVenture,

    Investment,

    /// <summary>Supplying or deploying a product (搭载, 供应).</summary>
    Supply,
}
