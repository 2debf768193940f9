import CRabbitMQ
import Glibc

extension Connection {
    /// The largest frame the broker accepts, as negotiated at login.
    var frameMax: Int { Int(amqp_get_frame_max(state)) }

    /// Writes one basic.publish. Returning only means the bytes were written; the confirm arrives later as
    /// an ack or nack on `channel`.
    func publish(_ message: OutgoingMessage, channel: amqp_channel_t) throws(AMQPError) {
        var frames = PublishFrames()
        try frames.append(message, channel: channel, frameMax: frameMax)
        try write(frames)
    }

    /// Writes `frames` whole. rabbitmq-c keeps its socket non-blocking, so a full send buffer waits in
    /// poll(2); a broker that stops reading for good is the ``SocketWatchdog``'s to break, as it is for
    /// rabbitmq-c's own sends.
    func write(_ frames: PublishFrames) throws(AMQPError) {
        let descriptor = socketDescriptor
        var offset = 0
        while offset < frames.bytes.count {
            let sent = frames.bytes.withUnsafeBytes { all in
                send(descriptor, all.baseAddress! + offset, all.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent > 0 {
                offset += sent
            } else if sent == 0 {
                socketBroken = true
                throw .connection("writing publishes: the socket took nothing")
            } else if errno == EAGAIN || errno == EINTR {
                var waiting = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&waiting, 1, -1)
            } else {
                socketBroken = true
                throw .connection("writing publishes: \(String(cString: strerror(errno)))")
            }
        }
    }
}
