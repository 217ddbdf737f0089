import Testing
@testable import RaadsTUI

@Test func scratchPrint() {
    for (w, h) in [(120, 40), (80, 24), (40, 12)] {
        let s = Fixture.state(width: w, height: h)
        print(render(s).text)
    }
}
