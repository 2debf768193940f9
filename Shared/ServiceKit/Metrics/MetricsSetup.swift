import Metrics
import Prometheus
import Synchronization

/// The process's Prometheus registry, installed as the swift-metrics backend.
///
/// Every `Counter`, `Gauge` and `Timer` the services and ServiceKit create ends up in the one
/// registry that `/metrics` renders.
public enum MetricsSetup {
    /// Installs the Prometheus backend once; later calls return the same registry.
    public static func bootstrap() -> PrometheusCollectorRegistry {
        state.withLock { registry in
            if let registry { return registry }
            let created = PrometheusCollectorRegistry()
            MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: created))
            registry = created
            return created
        }
    }

    private static let state = Mutex<PrometheusCollectorRegistry?>(nil)
}
