/** The rotation, transfer and secondment pages, their export and the API. */
@NullMarked
package vn.canbo.movements.web;

import org.jspecify.annotations.NullMarked;
