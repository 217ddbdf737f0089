import RaadsMetrics

/// A key the interface reacts to, independent of the terminal library.
public enum Key: Hashable, Sendable {
    case up, down, left, right
    case enter, escape, backspace, tab, backTab
    case pageUp, pageDown, home, end
    /// Ctrl-C read as a key (when the terminal does not turn it into SIGINT).
    case interrupt
    /// A printable character, including space.
    case character(Character)
}

/// Everything that can change the state: input, a new window size, and the answers of the
/// runner to the commands that `update` asked for.
public enum Event: Equatable, Sendable {
    case key(Key)
    /// The window has a new size (columns, rows).
    case resize(width: Int, height: Int)
    /// A mouse click (button 1) at a cell.
    case click(x: Int, y: Int)
    /// The mouse wheel: negative scrolls up (towards the top), positive down.
    case wheel(Int)
    /// Fresh figures: after a year change or a reload.
    case loaded(Summary, years: ClosedRange<Int>)
    /// Reloading failed: the messages to show; the old data stay.
    case loadFailed([String])
    /// A short message for the header until the next key.
    case notice(String)
}

/// What `update` asks the runner to do. The runner performs it and answers with an event.
public enum Command: Equatable, Sendable {
    case quit
    /// Compute the summary of the same dataset for another year.
    case computeYear(Int)
    /// Read the dataset again from disk and compute the selected year.
    case reload(year: Int)
}
