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
	void lowersTheFreeSharesG1ResizesByThenCompactsTheHeapOnce() {
		shares(VMOption.Origin.DEFAULT, VMOption.Origin.DEFAULT);
		doAnswer((call) -> this.done.add(call.getArgument(0) + "=" + call.getArgument(1))).when(this.vm)
			.setVMOption(anyString(), anyString());

		heap(true).fit();

		assertThat(this.done).containsExactly(HeapAfterModelLoads.MIN_FREE + "=" + HeapAfterModelLoads.MIN_FREE_PERCENT,
				HeapAfterModelLoads.MAX_FREE + "=" + HeapAfterModelLoads.MAX_FREE_PERCENT, "collected");
	}

	@Test
	void fitsTheHeapOnlyOnce() {
		shares(VMOption.Origin.DEFAULT, VMOption.Origin.DEFAULT);
		HeapAfterModelLoads heap = heap(true);

		heap.fit();
		heap.fit();

		assertThat(this.done).containsExactly("collected");
	}

	@Test
	void leavesTheHeapAsItIsWhenWhoeverStartedTheJvmSetEitherShare() {
		shares(VMOption.Origin.VM_CREATION, VMOption.Origin.DEFAULT);
		heap(true).fit();
		shares(VMOption.Origin.DEFAULT, VMOption.Origin.ENVIRON_VAR);
		heap(true).fit();

		assertLeftAlone();
	}

	@Test
	void leavesAnotherCollectorAlone() {
		shares(VMOption.Origin.DEFAULT, VMOption.Origin.DEFAULT);

		heap(false).fit();

		assertLeftAlone();
	}

	@Test
	void aJvmThatRefusesTheOptionIsLeftToSizeItsHeap() {
		shares(VMOption.Origin.DEFAULT, VMOption.Origin.DEFAULT);
		doThrow(new IllegalArgumentException("not writeable")).when(this.vm).setVMOption(anyString(), anyString());

		heap(true).fit();

		assertThat(this.done).isEmpty();
	}

	@Test
	void theSharesCanBeChangedWhileThisJvmRuns() {
		HotSpotDiagnosticMXBean thisJvm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		assertThat(thisJvm.getVMOption(HeapAfterModelLoads.MIN_FREE).isWriteable()).isTrue();
		assertThat(thisJvm.getVMOption(HeapAfterModelLoads.MAX_FREE).isWriteable()).isTrue();
	}

	private void assertLeftAlone() {
		verify(this.vm, never()).setVMOption(anyString(), anyString());
		assertThat(this.done).isEmpty();
	}

	private void shares(VMOption.Origin minFree, VMOption.Origin maxFree) {
		when(this.vm.getVMOption(HeapAfterModelLoads.MIN_FREE))
			.thenReturn(new VMOption(HeapAfterModelLoads.MIN_FREE, "40", true, minFree));
		when(this.vm.getVMOption(HeapAfterModelLoads.MAX_FREE))
			.thenReturn(new VMOption(HeapAfterModelLoads.MAX_FREE, "70", true, maxFree));
	}

	private HeapAfterModelLoads heap(boolean g1) {
		return new HeapAfterModelLoads(this.vm, g1, () -> this.done.add("collected"));
	}

}
