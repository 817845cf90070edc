// Polls the run's JSON while it is active, then reloads once to show the report.
(() => {
    const section = document.getElementById("progress");
    if (section.dataset.active !== "true") return;
    const text = (id, value) => { document.getElementById(id).textContent = value; };
    // As RunLabels.Duration: whole seconds first, so that 179.5 s reads 3 分 0 秒, not 2 分 60 秒.
    const duration = x => { const s = Math.ceil(Math.max(0, x)); return s < 60 ? `${s} 秒` : s < 3600 ? `${Math.floor(s / 60)} 分 ${s % 60} 秒` : `${Math.floor(s / 3600)} 小时 ${Math.floor(s % 3600 / 60)} 分`; };
    const poll = async () => {
        try {
            const response = await fetch(section.dataset.progressUrl, { headers: { Accept: "application/json" }, cache: "no-store" });
            if (response.ok) {
                const run = await response.json();
                if (run.status !== "Queued" && run.status !== "Running") { location.reload(); return; }
                text("files-done", run.filesDone);
                text("total-files", run.totalKnown ? run.totalFiles : "…");
                text("rate", run.filesPerSecond == null ? "–" : run.filesPerSecond.toFixed(1));
                text("time-left", run.secondsLeft == null ? "–" : duration(run.secondsLeft));
                text("current-file", run.currentFile ?? "–");
                text("run-status", run.statusText);
                for (const key of ["new", "changed", "unchanged", "duplicate", "failed", "missing"]) text(`count-${key}`, run[key]);
                document.getElementById("progress-bar").value = run.percent;
            }
        } catch { /* a missed poll is retried */ }
        setTimeout(poll, 1000);
    };
    setTimeout(poll, 1000);
})();
