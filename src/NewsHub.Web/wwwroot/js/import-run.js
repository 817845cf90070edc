// Polls the run's JSON while it is active, then reloads once to show the report.
(() => {
    const section = document.getElementById("progress");
    if (section.dataset.active !== "true") return;
    const text = (id, value) => { document.getElementById(id).textContent = value; };
    const duration = s => s < 60 ? `${Math.ceil(s)} 秒` : s < 3600 ? `${Math.floor(s / 60)} 分 ${Math.ceil(s % 60)} 秒` : `${Math.floor(s / 3600)} 小时 ${Math.floor(s % 3600 / 60)} 分`;
    const poll = async () => {
        try {
            const response = await fetch(section.dataset.progressUrl, { headers: { Accept: "application/json" }, cache: "no-store" });
            if (response.ok) {
                const run = await response.json();
                if (run.status !== "Queued" && run.status !== "Running") { location.reload(); return; }
                text("files-done", run.filesDone);
                text("total-files", run.totalFiles);
                text("rate", run.filesPerSecond == null ? "–" : run.filesPerSecond.toFixed(1));
                text("time-left", run.secondsLeft == null ? "–" : duration(run.secondsLeft));
                text("current-file", run.currentFile ?? "–");
                text("run-status", run.status === "Running" ? "运行中 Running" : "排队中 Queued");
                for (const key of ["new", "changed", "unchanged", "duplicate", "failed", "missing"]) text(`count-${key}`, run[key]);
                document.getElementById("progress-bar").value = run.percent;
            }
        } catch { /* a missed poll is retried */ }
        setTimeout(poll, 1000);
    };
    setTimeout(poll, 1000);
})();
