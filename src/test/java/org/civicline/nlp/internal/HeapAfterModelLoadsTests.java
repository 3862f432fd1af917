package org.civicline.nlp.internal;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class HeapAfterModelLoadsTests {

	private final HotSpotDiagnosticMXBean vm = mock(HotSpotDiagnosticMXBean.class);

	private final List<String> done = new ArrayList<>();

	@Test
	void lowersTheFreeShareG1KeepsAfterAMarkingThenCompactsTheHeapOnce() {
		minFree(VMOption.Origin.DEFAULT);
		doAnswer((call) -> this.done.add("set " + call.getArgument(1))).when(this.vm)
			.setVMOption(anyString(), anyString());

		heap(true).fit();

		verify(this.vm).setVMOption(HeapAfterModelLoads.MIN_FREE, HeapAfterModelLoads.MIN_FREE_PERCENT);
		assertThat(this.done).containsExactly("set " + HeapAfterModelLoads.MIN_FREE_PERCENT, "collected");
	}

	@Test
	void fitsTheHeapOnlyOnce() {
		minFree(VMOption.Origin.DEFAULT);
		HeapAfterModelLoads heap = heap(true);

		heap.fit();
		heap.fit();

		assertThat(this.done).containsExactly("collected");
	}

	@Test
	void leavesTheHeapAsItIsWhenWhoeverStartedTheJvmSetTheShare() {
		minFree(VMOption.Origin.VM_CREATION);

		heap(true).fit();

		verify(this.vm, never()).setVMOption(anyString(), anyString());
		assertThat(this.done).isEmpty();
	}

	@Test
	void leavesAnotherCollectorAlone() {
		minFree(VMOption.Origin.DEFAULT);

		heap(false).fit();

		verify(this.vm, never()).setVMOption(anyString(), anyString());
		assertThat(this.done).isEmpty();
	}

	@Test
	void aJvmThatRefusesTheOptionIsLeftToSizeItsHeap() {
		minFree(VMOption.Origin.DEFAULT);
		doThrow(new IllegalArgumentException("not writeable")).when(this.vm).setVMOption(anyString(), anyString());

		heap(true).fit();

		assertThat(this.done).isEmpty();
	}

	@Test
	void theShareCanBeChangedWhileThisJvmRuns() {
		VMOption option = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
			.getVMOption(HeapAfterModelLoads.MIN_FREE);
		assertThat(option.isWriteable()).isTrue();
	}

	private void minFree(VMOption.Origin origin) {
		when(this.vm.getVMOption(HeapAfterModelLoads.MIN_FREE))
			.thenReturn(new VMOption(HeapAfterModelLoads.MIN_FREE, "40", true, origin));
	}

	private HeapAfterModelLoads heap(boolean g1) {
		return new HeapAfterModelLoads(this.vm, g1, () -> this.done.add("collected"));
	}

}
