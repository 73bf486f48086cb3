@NullMarked
package vn.canbo.work.web;

import org.jspecify.annotations.NullMarked;
