import CRabbitMQ

/// Owns C copies of strings and tables while rabbitmq-c reads them during one call.
///
/// Swift pointers into a `String` live only inside a closure; the arena keeps copies alive across the
/// whole `amqp_basic_publish` / declare call instead, and frees them all in `reset()`.
final class ByteArena {
    private var allocations: [UnsafeMutableRawPointer] = []

    deinit { reset() }

    func reset() {
        for pointer in allocations { pointer.deallocate() }
        allocations.removeAll(keepingCapacity: true)
    }

    func bytes(_ text: String) -> amqp_bytes_t {
        let count = text.utf8.count
        guard count > 0 else { return amqp_empty_bytes }
        let pointer = UnsafeMutableRawPointer.allocate(byteCount: count, alignment: 1)
        allocations.append(pointer)
        UnsafeMutableRawBufferPointer(start: pointer, count: count).copyBytes(from: text.utf8)
        return amqp_bytes_t(len: count, bytes: pointer)
    }

    func table(_ fields: [(key: String, value: FieldValue)]) -> amqp_table_t {
        guard !fields.isEmpty else { return amqp_empty_table }
        let entries = UnsafeMutablePointer<amqp_table_entry_t>.allocate(capacity: fields.count)
        allocations.append(UnsafeMutableRawPointer(entries))
        for (offset, field) in fields.enumerated() {
            (entries + offset).initialize(to: amqp_table_entry_t(key: bytes(field.key), value: value(field.value)))
        }
        return amqp_table_t(num_entries: Int32(fields.count), entries: entries)
    }

    private func value(_ field: FieldValue) -> amqp_field_value_t {
        var encoded = amqp_field_value_t()
        switch field {
        case .string(let text):
            encoded.kind = UInt8(AMQP_FIELD_KIND_UTF8.rawValue)
            encoded.value.bytes = bytes(text)
        case .int64(let number):
            encoded.kind = UInt8(AMQP_FIELD_KIND_I64.rawValue)
            encoded.value.i64 = number
        case .bool(let flag):
            encoded.kind = UInt8(AMQP_FIELD_KIND_BOOLEAN.rawValue)
            encoded.value.boolean = flag ? 1 : 0
        case .table(let nested):
            encoded.kind = UInt8(AMQP_FIELD_KIND_TABLE.rawValue)
            encoded.value.table = table(nested)
        }
        return encoded
    }
}

/// The field-table values this module sends (queue arguments, headers, client properties).
indirect enum FieldValue {
    case string(String)
    case int64(Int64)
    case bool(Bool)
    case table([(key: String, value: FieldValue)])
}
