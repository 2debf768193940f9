/// Whether an owner's thread has been started; it starts on first use and never restarts after shutdown.
enum Lifecycle {
    case idle, running, shutDown
}
