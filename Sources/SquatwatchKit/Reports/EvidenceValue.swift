/// One value in a finding's evidence: a string, a number, or a list of strings.
public enum EvidenceValue: Codable, Hashable, Sendable {
  case string(String)
  case number(Double)
  case strings([String])

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let number = try? container.decode(Double.self) {
      self = .number(number)
    } else if let list = try? container.decode([String].self) {
      self = .strings(list)
    } else {
      self = .string(try container.decode(String.self))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .string(let value): try container.encode(value)
    case .number(let value):
      if value == value.rounded(), abs(value) < 1e15 {
        try container.encode(Int64(value))
      } else {
        try container.encode(value)
      }
    case .strings(let values): try container.encode(values)
    }
  }
}
