/** The targets pages, their export, the dashboard's summary fragment and the API. */
@NullMarked
package vn.canbo.targets.web;

import org.jspecify.annotations.NullMarked;
