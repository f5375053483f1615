import Testing

@testable import SquatwatchKit

@Suite struct PopularVocabularyTests {
  let vocabulary = PopularVocabulary(names: [
    "azure-identity", "identify", "langchain", "langchain-core", "elasticsearch8", "django-fsm-2", "requests",
    "pytest", "pytest-cov",
  ])

  @Test func knowsTheWordsOfOtherPopularNames() {
    #expect(vocabulary.isWord("identity", besides: "identify"))
    #expect(vocabulary.isWord("core", besides: "langchain"))
    #expect(!vocabulary.isWord("requests", besides: "requests"), "a name is no word of its own")
    #expect(vocabulary.isWord("pytest", besides: "pytest"), "pytest-cov uses it too")
  }

  @Test func knowsVersionedNames() {
    #expect(vocabulary.hasVersionedName(stem: "elasticsearch"))
    #expect(vocabulary.hasVersionedName(stem: "django-fsm"))
    #expect(!vocabulary.hasVersionedName(stem: "requests"))
  }

  @Test func knowsNamespacesOfThreeOrMoreNames() {
    let aws = PopularVocabulary(names: ["mypy-boto3-s3", "mypy-boto3-ec2", "mypy-boto3-rds", "mypy-extensions"])
    #expect(aws.isNamespace("mypy-boto3-"))
    #expect(aws.isNamespace("mypy-"))
    #expect(!vocabulary.isNamespace("pytest-"), "one name is no namespace")
  }

  @Test func leavesTypingStubsOut() {
    let stubs = PopularVocabulary(names: ["protobuf", "types-protobuf", "pandas", "pandas-stubs"])
    #expect(!stubs.isWord("protobuf", besides: "protobuf"))
    #expect(!stubs.isWord("pandas", besides: "pandas"))
  }
}
