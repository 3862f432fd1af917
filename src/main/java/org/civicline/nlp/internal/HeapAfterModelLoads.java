package org.civicline.nlp.internal;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sizes the heap to what the service keeps once its models are in. A city starts the jar
 * with a maximum heap and nothing else ({@code java -Xmx1g -jar}). On Java 17, G1 grows
 * the heap at the end of each concurrent marking until a {@code MinHeapFreeRatio} share
 * of it is free, and it counts the young objects of that moment, mostly garbage, as kept;
 * a full collection shrinks it only while more than {@code MaxHeapFreeRatio} of it is
 * free. Under steady load that took the process to its maximum heap and past 1 GB
 * resident, with about 200 MB live. So, once the models are loaded, this lowers both
 * shares (G1 still grows the heap when collecting takes too much of the processor's
 * time), then compacts the heap once, which returns what the start and the models' load
 * left behind. Shares set on the command line, or another collector, are left alone.
 */
final class HeapAfterModelLoads {

	private static final Logger logger = LoggerFactory.getLogger(HeapAfterModelLoads.class);

	static final String MIN_FREE = "MinHeapFreeRatio";

	static final String MAX_FREE = "MaxHeapFreeRatio";

	// Percent of the heap kept free when G1 resizes it after a marking or a full
	// collection: room for a burst, not the default 40 % of the young objects' peak.
	static final String MIN_FREE_PERCENT = "10";

	// Above this share free, a full collection gives memory back: the heap is then at
	// most twice what is live, not the default's more than three times.
	static final String MAX_FREE_PERCENT = "50";

	private final HotSpotDiagnosticMXBean vm;

	private final boolean g1;

	private final Runnable collect;

	private final AtomicBoolean fitted = new AtomicBoolean();

	HeapAfterModelLoads(HotSpotDiagnosticMXBean vm, boolean g1, Runnable collect) {
		this.vm = vm;
		this.g1 = g1;
		this.collect = collect;
	}

	/**
	 * For this JVM (its options, whether G1 collects, and a full collection), one for the
	 * process: the heap is fitted once, however many application contexts a JVM starts.
	 */
	static HeapAfterModelLoads ofThisJvm() {
		return ThisJvm.HEAP;
	}

	/** Fits the heap, the first time only. */
	void fit() {
		if (!this.g1 || !this.fitted.compareAndSet(false, true)) {
			return;
		}
		try {
			if (!isDefault(MIN_FREE) || !isDefault(MAX_FREE)) {
				return;
			}
			// In this order, the minimum never exceeds the maximum.
			this.vm.setVMOption(MIN_FREE, MIN_FREE_PERCENT);
			this.vm.setVMOption(MAX_FREE, MAX_FREE_PERCENT);
		}
		catch (RuntimeException ex) {
			logger.warn("The heap's free shares cannot be set here; the heap is sized as the JVM decides", ex);
			return;
		}
		this.collect.run();
	}

	private boolean isDefault(String option) {
		return this.vm.getVMOption(option).getOrigin() == VMOption.Origin.DEFAULT;
	}

	// Looked up when first asked for, not when the class loads.
	private static final class ThisJvm {

		static final HeapAfterModelLoads HEAP = new HeapAfterModelLoads(
				ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class),
				ManagementFactory.getGarbageCollectorMXBeans()
					.stream()
					.anyMatch((collector) -> collector.getName().startsWith("G1")),
				System::gc);

	}

}
