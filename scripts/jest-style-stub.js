// Component tests do not load stylesheets.
module.exports = {};
