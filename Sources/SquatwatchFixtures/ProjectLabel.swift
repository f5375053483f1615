/// The ground truth for one generated project: which population it was drawn from.
public enum ProjectLabel: String, Sendable, CaseIterable, Codable {
  /// A well-known project with years of releases, real code and scripts.
  case popular
  /// An ordinary small project with real code.
  case longTail = "long-tail"
  /// An empty look-alike registered by the popular project's own owner or organization.
  case defensive
  /// No code; `requires_dist` pulls in real projects.
  case metapackage
  /// A recent project with a little real code.
  case newSmall = "new-small"
  /// A long-lived legitimate project whose name is close to a popular one.
  case nearNameLegit = "near-name-legit"
  /// One of a burst of empty look-alikes from fresh accounts sharing an e-mail domain.
  case campaignSquat = "campaign-squat"
  /// A typo of a popular name, with a little code.
  case typosquat
  /// Takes a popular or system command or import name: as a console script, or as an empty project's name.
  case commandShadow = "command-shadow"
  /// A real malicious distribution's name, Core Metadata, member list and entry points (with filler content).
  case malicious
  /// A new integration named after the framework it extends (`django-*`, `pytest-*`, `langchain-*`), with code.
  case plugin
  /// A new personal tool with a little code, from one account.
  case personalTool = "personal-tool"
  /// A new AI-era project (`*-agent`, `mcp-server-*`, `*-rag`) with a little code.
  case aiTool = "ai-tool"
  /// A new tutorial or first-package exercise with a few lines of code.
  case tutorial
  /// One of a dozen `<brand>-<word>` projects with code that one company account publishes within an hour.
  case companyFamily = "company-family"
  /// An honest placeholder that imitates nothing: "coming soon", an empty `__init__.py`.
  case placeholder

  /// Whether the population is a planted squat that the checks should report.
  public var isSquat: Bool {
    switch self {
    case .campaignSquat, .typosquat, .commandShadow, .malicious: true
    default: false
    }
  }
}
