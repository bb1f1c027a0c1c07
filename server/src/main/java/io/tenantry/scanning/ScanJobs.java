package io.tenantry.scanning;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.tenantry.identity.PublicLinks;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scanning jobs on db-scheduler, in the application's database: due schedules are triggered and
 * overdue scans failed once per interval across all nodes (a node picks a run by locking its row).
 * The scheduler's own connections name no user; the work runs as each scan's or schedule's user.
 */
@Configuration(proxyBeanMethods = false)
class ScanJobs {

	@Bean(destroyMethod = "stop")
	Scheduler scanScheduler(DataSource dataSource, ScanTriggers triggers, ScanningProperties properties,
			PublicLinks links, Clock clock) {
		RecurringTask<Void> schedules = Tasks.recurring("scan-schedules", FixedDelay.of(properties.schedulePollInterval()))
			.execute((instance, context) -> triggers.runDueSchedules(clock.instant(), links.to("")));
		RecurringTask<Void> timeouts = Tasks.recurring("scan-timeouts", FixedDelay.of(properties.timeoutSweepInterval()))
			.execute((instance, context) -> triggers.timeOutOverdue(clock.instant()));
		return Scheduler.create(dataSource)
			.startTasks(schedules, timeouts)
			.pollingInterval(min(properties))
			.threads(2)
			.build();
	}

	/** Runs start once the application serves requests (callbacks of the scans they trigger). */
	@Bean
	ApplicationListener<ApplicationReadyEvent> scanSchedulerStart(Scheduler scanScheduler) {
		return (event) -> scanScheduler.start();
	}

	private static Duration min(ScanningProperties properties) {
		return (properties.schedulePollInterval().compareTo(properties.timeoutSweepInterval()) < 0)
				? properties.schedulePollInterval() : properties.timeoutSweepInterval();
	}

}
