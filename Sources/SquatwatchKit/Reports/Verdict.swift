/// What a registry admin should make of a suspect project.
public enum Verdict: String, Codable, Sendable {
  /// The combined score is at or above the likely threshold and no defensive explanation applies.
  case likelySquat = "likely-squat"
  /// The combined score is at or above the suspicious threshold.
  case suspicious = "suspicious"
  /// A placeholder held by the owner or organization of the popular project it mirrors: reported, not accused.
  case defensivePlaceholder = "defensive-placeholder"
  /// A project that holds nothing and imitates nothing: listed apart from the suspects, never accused.
  case placeholder = "placeholder"

  /// Whether the verdict accuses the project (likely-squat or suspicious); defensive placeholders are only reported.
  public var isFlagged: Bool { self == .likelySquat || self == .suspicious }
}
