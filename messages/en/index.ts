import common from "./common.json";
import auth from "./auth.json";

export default { common, auth };
