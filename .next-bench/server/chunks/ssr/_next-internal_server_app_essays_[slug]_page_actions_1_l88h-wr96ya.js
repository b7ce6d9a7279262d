module.exports=[91185,a=>{"use strict";a.s([])}];

//# sourceMappingURL=_next-internal_server_app_essays_%5Bslug%5D_page_actions_1_l88h-wr96ya.js.map