/// The diagram's named colours: muted fills that read on white and stay
/// distinct in greyscale print, with strong colours kept for findings. Every
/// colour is paired with a second signal (line style, thickness, shape or
/// text), so colour is never the only one.
enum Palette {
    /// Text and ordinary lines.
    static let ink = "#1f2933"
    /// Secondary text (tiers, headcounts, link details).
    static let mutedInk = "#52606d"
    /// End customers: the top of the pyramid.
    static let customerFill = "#d9e8f5"
    /// Front-line teams.
    static let frontLineFill = "#e4f2e1"
    /// Support teams.
    static let supportFill = "#f5f5f2"
    /// Leadership teams: the narrow base.
    static let leadershipFill = "#ece4f3"
    /// Support links (leader -> team): slate grey, dashed, hollow heads.
    static let supportLink = "#616e7c"
    /// Errors: broken or breached links (also dashed), teams in error (also thick).
    static let error = "#c62828"
    /// Upward-facing and away-from-customer links (also bold and labelled).
    static let warning = "#b35c00"
    /// Cluster outlines and the legend frame.
    static let frame = "#9aa5b1"
    /// The cut-off group's background.
    static let cutOffFill = "#fbeaea"
    /// The font for every label (fontconfig picks the closest installed face).
    static let font = "Helvetica"
}
