internal import CGraphviz
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The cgraph disciplines used to read DOT text: Graphviz's default memory
/// discipline, an I/O discipline reading from a Swift string, and an ID
/// discipline that numbers named objects in creation order.
///
/// Why the ID discipline: cgraph's default one uses the address of each
/// interned name as the object's ID, and keeps subgraphs ordered by ID. In a
/// long-lived process those addresses depend on what earlier renders left on
/// the heap, so the order of clusters, and with it the layout, changed from
/// one render to the next (the `dot` command, a fresh process each time, did
/// not show it). Numbering names in the order they are first seen makes the
/// order, and the output, depend on the DOT text alone.
enum GraphvizDisciplines {
    /// The discipline set passed to `agread`. cgraph keeps pointers to the
    /// member disciplines for the graph's lifetime, so they live forever.
    nonisolated(unsafe) static let disc: UnsafeMutablePointer<Agdisc_t> = {
        let ids = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
        ids.initialize(to: Agiddisc_t(
            open: { graph, _ in
                Unmanaged.passRetained(NameTable()).toOpaque()
            },
            map: { state, _, name, id, create in
                guard let state, let id else { return 0 }
                let table = Unmanaged<NameTable>.fromOpaque(state).takeUnretainedValue()
                guard let name else {
                    // Anonymous objects: odd IDs, in creation order.
                    id.pointee = table.nextAnonymous
                    table.nextAnonymous += 2
                    return 1
                }
                guard let found = table.id(for: name, create: create != 0) else { return 0 }
                id.pointee = found
                return 1
            },
            alloc: { _, _, _ in 0 },
            free: { _, _, _ in },
            print: { state, _, id in
                guard let state else { return nil }
                return Unmanaged<NameTable>.fromOpaque(state).takeUnretainedValue().name(for: id)
            },
            close: { state in
                guard let state else { return }
                Unmanaged<NameTable>.fromOpaque(state).release()
            },
            idregister: { _, _, _ in }
        ))
        let io = UnsafeMutablePointer<Agiodisc_t>.allocate(capacity: 1)
        io.initialize(to: Agiodisc_t(
            afread: { channel, buffer, size in
                guard let channel, let buffer, size > 0 else { return 0 }
                return channel.assumingMemoryBound(to: MemoryReader.self).pointee.read(into: buffer, size: Int(size))
            },
            putstr: ip_defaultIODiscipline().pointee.putstr,
            flush: ip_defaultIODiscipline().pointee.flush
        ))
        let disc = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
        disc.initialize(to: Agdisc_t(mem: ip_defaultMemoryDiscipline(), id: ids, io: io))
        return disc
    }()

    /// Names to IDs for one graph: named objects get even IDs 2, 4, 6 ... in
    /// the order their names are first seen (the default discipline's
    /// convention: even IDs are named, odd ones anonymous).
    final class NameTable {
        private var ids: [String: IDTYPE] = [:]
        private var names: [UnsafeMutablePointer<CChar>] = []
        var nextAnonymous: IDTYPE = 1

        func id(for name: UnsafeMutablePointer<CChar>, create: Bool) -> IDTYPE? {
            let key = String(cString: name)
            if let id = ids[key] { return id }
            guard create, let copy = strdup(name) else { return nil }
            names.append(copy)
            let id = IDTYPE(names.count * 2)
            ids[key] = id
            return id
        }

        func name(for id: IDTYPE) -> UnsafeMutablePointer<CChar>? {
            guard id % 2 == 0, id >= 2 else { return nil }
            let index = Int(id / 2) - 1
            return index < names.count ? names[index] : nil
        }

        deinit {
            for name in names { free(name) }
        }
    }

    /// Hands DOT text to cgraph's scanner a line at a time, as `agmemread` does.
    struct MemoryReader {
        let base: UnsafePointer<CChar>
        let count: Int
        var cursor = 0

        mutating func read(into buffer: UnsafeMutablePointer<CChar>, size: Int) -> Int32 {
            guard cursor < count else { return 0 }
            var length = 0
            while length < size, cursor < count {
                let byte = base[cursor]
                buffer[length] = byte
                length += 1
                cursor += 1
                if byte == 0x0A { break }
            }
            return Int32(length)
        }
    }
}
