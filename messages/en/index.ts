import common from "./common.json";
import auth from "./auth.json";
import admin from "./admin.json";
import reports from "./reports.json";
import review from "./review.json";
import notifications from "./notifications.json";
import dashboard from "./dashboard.json";
import exports from "./exports.json";

export default { common, auth, admin, reports, review, notifications, dashboard, exports };
