window.trackerQueue = window.trackerQueue || [];
function startTracking(id) { window.trackerQueue.push(["start", id]); }
