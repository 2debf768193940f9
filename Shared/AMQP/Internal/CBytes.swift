import CRabbitMQ

extension amqp_bytes_t {
    /// A copy as text; invalid UTF-8 is repaired rather than dropped, since it came off the wire.
    var string: String {
        String(decoding: UnsafeRawBufferPointer(start: bytes, count: len), as: UTF8.self)
    }

    var array: [UInt8] {
        Array(UnsafeRawBufferPointer(start: bytes, count: len))
    }
}

extension amqp_table_t {
    /// Header values as text; nested tables and arrays (the broker's `x-death`) and void values are left out.
    var textValues: [String: String] {
        guard num_entries > 0, let entries else { return [:] }
        var result: [String: String] = [:]
        result.reserveCapacity(Int(num_entries))
        for entry in UnsafeBufferPointer(start: entries, count: Int(num_entries)) {
            if let text = entry.value.text { result[entry.key.string] = text }
        }
        return result
    }
}

extension amqp_field_value_t {
    var text: String? {
        switch Int32(kind) {
        case Int32(AMQP_FIELD_KIND_UTF8.rawValue), Int32(AMQP_FIELD_KIND_BYTES.rawValue): value.bytes.string
        case Int32(AMQP_FIELD_KIND_BOOLEAN.rawValue): value.boolean != 0 ? "true" : "false"
        case Int32(AMQP_FIELD_KIND_I8.rawValue): String(value.i8)
        case Int32(AMQP_FIELD_KIND_U8.rawValue): String(value.u8)
        case Int32(AMQP_FIELD_KIND_I16.rawValue): String(value.i16)
        case Int32(AMQP_FIELD_KIND_U16.rawValue): String(value.u16)
        case Int32(AMQP_FIELD_KIND_I32.rawValue): String(value.i32)
        case Int32(AMQP_FIELD_KIND_U32.rawValue): String(value.u32)
        case Int32(AMQP_FIELD_KIND_I64.rawValue): String(value.i64)
        case Int32(AMQP_FIELD_KIND_U64.rawValue), Int32(AMQP_FIELD_KIND_TIMESTAMP.rawValue): String(value.u64)
        case Int32(AMQP_FIELD_KIND_F32.rawValue): String(value.f32)
        case Int32(AMQP_FIELD_KIND_F64.rawValue): String(value.f64)
        default: nil
        }
    }
}
