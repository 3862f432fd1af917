package org.civicline.nlp.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.TaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class ModelLoadsAfterStartTests {

	private final CoreNlpTextNormalizer normalizer = mock(CoreNlpTextNormalizer.class);

	private final MiniLmSentenceEncoder encoder = mock(MiniLmSentenceEncoder.class);

	private final TaskScheduler scheduler = mock(TaskScheduler.class);

	private final ConfigurableApplicationContext context = mock(ConfigurableApplicationContext.class);

	private final HeapAfterModelLoads heap = mock(HeapAfterModelLoads.class);

	private final ModelLoadsAfterStart loads = new ModelLoadsAfterStart(this.normalizer, this.encoder, this.scheduler,
			this.heap);

	@Test
	void loadsNothingWhenTheServiceTurnsReadyButSchedulesBothModelsShortlyAfter() {
		Instant before = Instant.now();
		Runnable load = scheduledOnReady();
		ArgumentCaptor<Instant> at = ArgumentCaptor.forClass(Instant.class);
		verify(this.scheduler).schedule(any(Runnable.class), at.capture());
		assertThat(Duration.between(before, at.getValue())).isGreaterThanOrEqualTo(ModelLoadsAfterStart.AFTER_READY);
		verify(this.normalizer, never()).loadTagger();
		verify(this.encoder, never()).load();

		doReturn(CompletableFuture.completedFuture(null)).when(this.normalizer).loadTagger();
		doReturn(CompletableFuture.completedFuture(null)).when(this.encoder).load();
		load.run();
		verify(this.normalizer).loadTagger();
		verify(this.encoder).load();
		verify(this.context, never()).publishEvent(any(ApplicationEvent.class));
	}

	@Test
	void fitsTheHeapOnceBothModelsHaveLoadedNotBefore() {
		Runnable load = scheduledOnReady();
		doReturn(CompletableFuture.completedFuture(null)).when(this.normalizer).loadTagger();
		CompletableFuture<Object> encoderLoad = new CompletableFuture<>();
		doReturn(encoderLoad).when(this.encoder).load();

		load.run();
		verify(this.heap, never()).fit();

		encoderLoad.complete(null);
		verify(this.heap).fit();
	}

	@Test
	void fitsTheHeapEvenWhenTheEncoderCannotLoad() {
		Runnable load = scheduledOnReady();
		doReturn(CompletableFuture.completedFuture(null)).when(this.normalizer).loadTagger();
		doReturn(CompletableFuture.failedFuture(new IllegalStateException("no ONNX Runtime here"))).when(this.encoder)
			.load();

		load.run();

		verify(this.heap).fit();
	}

	@Test
	void takesTheInstanceOutOfServiceWhenTheTaggerCannotLoad() {
		Runnable load = scheduledOnReady();
		doReturn(CompletableFuture.failedFuture(new IllegalStateException("no model"))).when(this.normalizer)
			.loadTagger();
		doReturn(CompletableFuture.completedFuture(null)).when(this.encoder).load();
		load.run();
		ArgumentCaptor<ApplicationEvent> published = ArgumentCaptor.forClass(ApplicationEvent.class);
		verify(this.context).publishEvent(published.capture());
		assertThat(published.getValue()).isInstanceOfSatisfying(AvailabilityChangeEvent.class,
				(change) -> assertThat(change.getState()).isEqualTo(ReadinessState.REFUSING_TRAFFIC));
	}

	private Runnable scheduledOnReady() {
		this.loads.scheduleOnceReady(
				new ApplicationReadyEvent(new SpringApplication(), new String[0], this.context, Duration.ZERO));
		ArgumentCaptor<Runnable> task = ArgumentCaptor.forClass(Runnable.class);
		verify(this.scheduler).schedule(task.capture(), any(Instant.class));
		return task.getValue();
	}

}
