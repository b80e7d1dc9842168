import Testing
import PyramidDiagram

@Test func graphvizIsLinked() {
    #expect(!PyramidDiagram.graphvizVersion.isEmpty)
}
